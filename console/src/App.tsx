import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes } from 'react-router';
import { useSession, type User } from './auth/session';
import { Loading } from './components/ui';
import { SignIn } from './screens/SignIn';
import { Board } from './screens/dispatch/Board';

// The board is the dispatcher's first screen and loads with the app; the rest load when opened.
const Queue = lazy(() => import('./screens/dispatch/Queue'));
const OrderPage = lazy(() => import('./screens/dispatch/OrderPage'));
const NewOrder = lazy(() => import('./screens/dispatch/NewOrder'));
const Search = lazy(() => import('./screens/dispatch/Search'));
const Jobs = lazy(() => import('./screens/engineer/Jobs'));
const Job = lazy(() => import('./screens/engineer/Job'));
const Products = lazy(() => import('./screens/admin/Products'));
const Engineers = lazy(() => import('./screens/admin/Engineers'));
const EngineerPage = lazy(() => import('./screens/admin/EngineerPage'));
const Users = lazy(() => import('./screens/admin/Users'));
const ApiKeys = lazy(() => import('./screens/admin/ApiKeys'));
const Settings = lazy(() => import('./screens/admin/Settings'));
const Events = lazy(() => import('./screens/admin/Events'));
const Webhooks = lazy(() => import('./screens/admin/Webhooks'));

type Role = User['role'];

const NAVIGATION: Array<{ to: string; label: string; roles: Role[] }> = [
  { to: '/board', label: 'Board', roles: ['admin', 'dispatcher'] },
  { to: '/queue', label: 'Queue', roles: ['admin', 'dispatcher'] },
  { to: '/orders/new', label: 'New order', roles: ['admin', 'dispatcher'] },
  { to: '/search', label: 'Search', roles: ['admin', 'dispatcher'] },
  { to: '/jobs', label: 'My jobs', roles: ['engineer'] },
  { to: '/admin/engineers', label: 'Engineers', roles: ['admin'] },
  { to: '/admin/products', label: 'Products', roles: ['admin'] },
  { to: '/admin/users', label: 'Users', roles: ['admin'] },
  { to: '/admin/api-keys', label: 'API keys', roles: ['admin'] },
  { to: '/admin/webhooks', label: 'Webhooks', roles: ['admin'] },
  { to: '/admin/settings', label: 'Settings', roles: ['admin'] },
  { to: '/admin/events', label: 'Failed events', roles: ['admin'] },
];

function Only({ roles, user, children }: { roles: Role[]; user: User; children: ReactNode }) {
  return roles.includes(user.role) ? <>{children}</> : <p role="alert">This screen is not for the {user.role} role.</p>;
}

function Shell({ user }: { user: User }) {
  const { signOut } = useSession();
  const staff: Role[] = ['admin', 'dispatcher'];
  return (
    <>
      <header className="top">
        <span className="brand">Vision Telematics</span>
        <nav aria-label="Main">
          {NAVIGATION.filter((item) => item.roles.includes(user.role)).map((item) => (
            <NavLink key={item.to} to={item.to} end={item.to === '/orders/new'}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <span className="who">
          {user.name} ({user.role}) <button type="button" onClick={() => void signOut()}>Sign out</button>
        </span>
      </header>
      <main>
        <Suspense fallback={<Loading what="the screen" />}>
          <Routes>
            <Route path="/" element={<Navigate to={user.role === 'engineer' ? '/jobs' : '/board'} replace />} />
            <Route path="/login" element={<Navigate to="/" replace />} />
            <Route path="/board" element={<Only roles={staff} user={user}><Board /></Only>} />
            <Route path="/queue" element={<Only roles={staff} user={user}><Queue /></Only>} />
            <Route path="/orders/new" element={<Only roles={staff} user={user}><NewOrder /></Only>} />
            <Route path="/orders/:id" element={<Only roles={staff} user={user}><OrderPage /></Only>} />
            <Route path="/search" element={<Only roles={staff} user={user}><Search /></Only>} />
            <Route path="/jobs" element={<Only roles={['engineer']} user={user}><Jobs /></Only>} />
            <Route path="/jobs/:bookingId" element={<Only roles={['engineer']} user={user}><Job /></Only>} />
            <Route path="/admin/products" element={<Only roles={['admin']} user={user}><Products /></Only>} />
            <Route path="/admin/engineers" element={<Only roles={['admin']} user={user}><Engineers /></Only>} />
            <Route path="/admin/engineers/:id" element={<Only roles={['admin']} user={user}><EngineerPage /></Only>} />
            <Route path="/admin/users" element={<Only roles={['admin']} user={user}><Users /></Only>} />
            <Route path="/admin/api-keys" element={<Only roles={['admin']} user={user}><ApiKeys /></Only>} />
            <Route path="/admin/webhooks" element={<Only roles={['admin']} user={user}><Webhooks /></Only>} />
            <Route path="/admin/settings" element={<Only roles={['admin']} user={user}><Settings /></Only>} />
            <Route path="/admin/events" element={<Only roles={['admin']} user={user}><Events /></Only>} />
            <Route path="*" element={<p role="alert">No such screen.</p>} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}

export function App() {
  const { user } = useSession();
  return (
    <BrowserRouter basename="/console">
      {user === undefined ? <Loading what="your session" /> : user === null ? <SignIn /> : <Shell user={user} />}
    </BrowserRouter>
  );
}
