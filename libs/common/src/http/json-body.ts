/** The Content-Type of a JSON answer a handler writes itself, as bytes or text, instead of returning an object. */
export const JSON_BODY = 'application/json; charset=utf-8';
