// Process entry: bin/taskgen imports the compiled copy of this file.
import { main } from './main.js';

process.exitCode = await main(process.argv);
