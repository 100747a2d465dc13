/* trace.h - the "fwlint trace" subcommand. */
#ifndef FWLINT_TRACE_H
#define FWLINT_TRACE_H

/* argv[0] is "trace".  Returns the exit status: 0 ACCEPT, 1 DROP/REJECT, 2 error. */
int trace_main(int argc, char **argv);

#endif
