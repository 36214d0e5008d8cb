/**
 * A problem the person starting the stack can fix: it names the setting and what to do.
 * `npm start` prints only its message, on one line, and exits non-zero.
 */
export class SetupError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`)
    this.name = "SetupError"
  }
}
