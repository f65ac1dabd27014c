#ifndef COOPGRAPH_CGRAPHVIZ_SHIM_H
#define COOPGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>

/* cgraph's agtail, aghead and AGSEQ are macros, which Swift cannot call. */
static inline Agnode_t *cg_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cg_head(Agedge_t *e) { return aghead(e); }
static inline unsigned long cg_seq(void *obj) { return (unsigned long)AGSEQ(obj); }

/* cgraph's DOT scanner (flex, prefix "aag") keeps its buffer and start condition between
   reads: text after the first graph, or an unterminated string after an error, would be read
   as the start of the next input. Destroying the scanner after every read resets it. */
extern int aaglex_destroy(void);
#endif
