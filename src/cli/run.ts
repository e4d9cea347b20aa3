// Process entry: bin/taskgen imports the compiled copy of this file.
import { main } from './main.js';

// `taskgen parse x.html | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv);
