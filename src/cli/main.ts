// The command-line front: the only code that touches files. Filled in by the CLI work.
console.log("de-an-06");
