import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerSpec {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Answers 200 once the server is ready. */
  readyUrl: string;
}

/** VmRSS and VmHWM (the kernel's own peak) of a process, in MB. */
function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** User + system CPU time the process has used, in ms (fields 14 and 15 of /proc/<pid>/stat, in 10 ms ticks). */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * A server under test, started as its own process so its memory can be read from /proc.
 * RSS is sampled every 100 ms; VmHWM gives the peak between samples too.
 */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private sampler: NodeJS.Timeout | undefined;
  private windowPeak = 0;
  private output = '';

  constructor(private readonly spec: ServerSpec) {}

  async start(timeoutMs = 90_000): Promise<void> {
    const child = spawn(this.spec.command, this.spec.args, { cwd: this.spec.cwd, env: this.spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    // Keep the tail of the output to explain a failed start; at warn level there is little.
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-8000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${this.spec.name} exited with ${child.exitCode} while starting:\n${this.output}`);
      try {
        const response = await fetch(this.spec.readyUrl);
        if (response.ok) break;
      } catch {
        // Not listening yet.
      }
      await sleep(250);
    }
    if (Date.now() >= deadline) throw new Error(`${this.spec.name} was not ready within ${timeoutMs / 1000} s:\n${this.output}`);
    this.sampler = setInterval(() => {
      const memory = this.child?.pid ? memoryOf(this.child.pid) : null;
      if (memory) this.windowPeak = Math.max(this.windowPeak, memory.rss);
    }, 100);
    this.sampler.unref();
  }

  /** Starts a new measuring window and returns the peak RSS of the previous one, in MB. */
  takeWindowPeak(): number {
    const memory = this.child?.pid ? memoryOf(this.child.pid) : null;
    const peak = Math.max(this.windowPeak, memory?.rss ?? 0);
    this.windowPeak = memory?.rss ?? 0;
    return Math.round(peak);
  }

  /**
   * CPU the server has used so far, in ms. Per request it is the cost that other load on
   * the machine does not distort, unlike req/s on 2 shared cores.
   */
  cpuMs(): number {
    return this.child?.pid ? cpuMsOf(this.child.pid) : 0;
  }

  /** The process's peak RSS since it started (VmHWM), in MB. */
  lifetimePeak(): number {
    const memory = this.child?.pid ? memoryOf(this.child.pid) : null;
    return Math.round(memory?.peak ?? 0);
  }

  get recentOutput(): string {
    return this.output;
  }

  get pid(): number | undefined {
    return this.child && this.child.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** How the process ended, when it has: `exit 1`, `signal SIGKILL`; null while it runs. */
  get exitStatus(): string | null {
    const child = this.child;
    if (!child) return null;
    if (child.signalCode !== null) return `signal ${child.signalCode}`;
    return child.exitCode !== null ? `exit ${child.exitCode}` : null;
  }

  /** `kill -9`: no shutdown hooks, no lease handed back; resolves once the process is gone. */
  async crash(): Promise<void> {
    clearInterval(this.sampler);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const forced = sleep(15_000).then(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    await Promise.race([exited, forced]);
    await exited;
  }
}
