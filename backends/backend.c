#include "backend.h"

#include <stdlib.h>

void mc_free(MachineCode *mc) {
    buf_free(&mc->code);
    vec_free(&mc->relocs);
    vec_free(&mc->lines);
    vec_free(&mc->cfi);
    free(mc->slot_offsets);
    mc->slot_offsets = NULL;
}
