/** A library error's message as a command-line user acts on it: the option to raise named as the flag. */
export function inCommandLineWords(message: string): string {
  return message.replace('pass { maxLength } to raise it', 'raise it with --max-length');
}
