/* Debug information for one translation unit (see debuginfo.c). */
#ifndef MICA_DEBUGINFO_H
#define MICA_DEBUGINFO_H

#include "compile.h"

typedef struct DebugInfo DebugInfo;

DebugInfo *debug_begin(CompileUnit *cu, uint32_t main_source);
void debug_function(DebugInfo *d, Obj *fn, const IRFunc *ir, const MachineCode *mc);
void debug_variable(DebugInfo *d, Obj *var);
void debug_declare_function(DebugInfo *d, Obj *fn); /* a function this unit calls */
uint32_t debug_function_declaration(DebugInfo *d, Obj *fn); /* its DWARF entry */
void debug_end(DebugInfo *d);

#endif
