/** An input that cannot be used at all: the command prints its message as one line and exits 2. */
export class UnusableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableInputError';
  }
}
