/* jobs.h - how many threads fwlint may keep busy. */
#ifndef FWLINT_JOBS_H
#define FWLINT_JOBS_H

#include <stddef.h>

/* The environment's FWLINT_JOBS when it is a whole number above 0, else
 * the number of online processors (at least 1): how many firewalls of a
 * topology are linted at once, and how many threads word the findings of
 * one (fwlint(1), ENVIRONMENT).  The report is the same for every value. */
size_t jobs_count(void);

#endif
