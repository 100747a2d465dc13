/* diffcmd.h - the "fwlint diff" subcommand (fwlint(1), "fwlint diff"). */
#ifndef FWLINT_DIFFCMD_H
#define FWLINT_DIFFCMD_H

/* argv[0] is "diff".  Returns the exit status: 0 nothing got worse, 1 a
 * required flow closed or new excess appeared, 2 a usage, I/O or topology
 * error. */
int diff_main(int argc, char **argv);

#endif
