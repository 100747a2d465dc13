/* mutate.h - what the structure-aware fuzz target (fuzz_mutate.c) tells
 * its standalone driver (mutate_run.c). */
#ifndef FWLINT_FUZZ_MUTATE_H
#define FWLINT_FUZZ_MUTATE_H

#include <stddef.h>
#include <stdint.h>

/* Counts since the process started. */
typedef struct mutate_stats {
	unsigned long inputs;        /* inputs run */
	unsigned long modelled;      /* of them, in the model's part of iptables-save */
	unsigned long pf_modelled;   /* or of pf.conf */
	unsigned long cisco_modelled; /* or of an IOS configuration */
	unsigned long packets;       /* packets whose one-packet verdict was compared */
	unsigned long space_packets; /* packets found in the partition of the space */
	unsigned long shadowed;      /* shadowed-rule findings checked against the scan */
	unsigned long maybe;         /* packets an unresolved rule may decide: not compared */
} mutate_stats;

const mutate_stats *mutate_get_stats(void);

/* libFuzzer's hook, which the driver calls as libFuzzer would. */
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);

#endif
