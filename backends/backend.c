#include "backend.h"

#include <stdlib.h>

void mc_free(MachineCode *mc) {
    buf_free(&mc->code);
    vec_free(&mc->relocs);
    vec_free(&mc->lines);
    vec_free(&mc->cfi);
    free(mc->slot_offsets);
    free(mc->slot_indirect);
    free(mc->inst_pc);
    mc->slot_offsets = NULL;
    mc->slot_indirect = NULL;
    mc->inst_pc = NULL;
}
