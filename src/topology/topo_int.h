/* topo_int.h - what the files of src/topology share. */
#ifndef FWLINT_TOPO_INT_H
#define FWLINT_TOPO_INT_H

#include "topo.h"

/* The shortest paths between every two zones of a resolved topology, for
 * topo_paths() (topo_flows.c); topo_load() keeps them in t->paths. */
struct topo_paths *topo_paths_build(const topo *t);
void topo_paths_free(struct topo_paths *p);

#endif
