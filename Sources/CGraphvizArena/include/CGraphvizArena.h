#ifndef COOPGRAPH_CGRAPHVIZ_ARENA_H
#define COOPGRAPH_CGRAPHVIZ_ARENA_H
#include <stddef.h>

/* An address-ordered heap for Graphviz's fdp layout.
 *
 * Graphviz 2.42's fdp orders objects by their memory address: lib/fdpgen/layout.c orients
 * derived edges by comparing node pointers (deriveGraph, genPorts), cgraph orders named
 * subgraphs by the address of their interned name (so clusters are laid out in address order),
 * and VPSC breaks ties between equal positions by pointer. With glibc's malloc those addresses
 * depend on everything the process allocated and freed before (and on other threads), so the
 * same DOT could give other positions from one layout to the next.
 *
 * This file replaces malloc and its family as glibc documents ("Replacing malloc", in the GNU C
 * Library manual) and forwards to glibc, except while an arena session is open on the calling
 * thread: then memory comes from a bump arena whose addresses only grow, so every pointer
 * comparison is a comparison of creation order and the layout depends on the input alone.
 * Arena addresses are never reused and arena memory is never unmapped (a cache of the font
 * stack may keep a pointer into it): free() of a small arena block does nothing, and of a block
 * of 64 KiB or more gives the pages wholly inside it back to the system. What a session took
 * stays taken otherwise; coopgraph_arena_bytes() counts it. Any thread may free, realloc or
 * size an arena pointer, in a session or not. */

/* Opens an arena session on the calling thread; sessions nest. */
void coopgraph_arena_begin(void);

/* Closes the innermost arena session of the calling thread. */
void coopgraph_arena_end(void);

/* The bytes the arena has handed out since the process started (requested sizes, headers and
   alignment included), never smaller after a call: arena memory is never given back. */
size_t coopgraph_arena_bytes(void);
/* The bytes the arena handed out to sessions opened on the calling thread. */
size_t coopgraph_arena_thread_bytes(void);

#endif
