#ifndef COOPGRAPH_CGRAPHVIZ_SHIM_H
#define COOPGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#endif
