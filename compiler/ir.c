/* The IR printer (--emit-ir) and small IR facts. */
#include "ir.h"

#include <inttypes.h>

static const char *const type_names[] = {"void", "i8", "i16", "i32", "i64", "ptr", "f32", "f64"};

static const char *const op_names[OP_COUNT] = {
    "nop", "label", "iconst", "fconst", "slotaddr", "symaddr", "tlsaddr", "load", "store", "copy",
    "add", "sub", "mul", "div", "udiv", "rem", "urem", "and", "or", "xor", "shl", "shr", "sar", "neg", "not",
    "eq", "ne", "lt", "le", "gt", "ge", "ult", "ule", "ugt", "uge",
    "sext", "zext", "trunc", "itof", "utof", "ftoi", "ftou", "fconv",
    "memcpy", "memzero", "call", "ret", "jmp", "br", "switch", "va_start", "va_arg", "va_copy", "syscall",
    "setjmp", "longjmp", "sigreturn", "frameaddr", "retaddr", "threadptr", "setthreadptr", "sqrt", "trap", "alloca"};

const char *ir_type_name(int type) {
    return type >= 0 && type <= IR_F64 ? type_names[type] : "?";
}

const char *ir_op_name(int op) {
    return op >= 0 && op < OP_COUNT ? op_names[op] : "?";
}

void ir_free(IRFunc *fn) {
    vec_free(&fn->insts);
    vec_free(&fn->slots);
    vec_free(&fn->vars);
    vec_free(&fn->scopes);
}

static void print_call_args(Buf *out, const IRCall *c) {
    buf_printf(out, "(");
    for (int i = 0; i < c->nargs; i++)
        buf_printf(out, "%s%%%u", i ? ", " : "", c->args[i]);
    buf_printf(out, ")");
}

void ir_print_func(const IRFunc *fn, Buf *out, const char *(*symname)(uint32_t)) {
    buf_printf(out, "function %s(", fn->name);
    for (int i = 0; i < fn->nparams; i++)
        buf_printf(out, "%sslot%d", i ? ", " : "", fn->param_slots[i]);
    buf_printf(out, ")%s\n", fn->type->variadic ? " variadic" : "");
    for (int i = 0; i < fn->slots.len; i++)
        buf_printf(out, "  slot%d: size %lld align %d\n", i, (long long)fn->slots.data[i].size, fn->slots.data[i].align);
    for (int i = 0; i < fn->insts.len; i++) {
        const IRInst *in = &fn->insts.data[i];
        if (in->op == OP_LABEL) {
            buf_printf(out, ".b%lld:\n", (long long)in->imm);
            continue;
        }
        buf_printf(out, "  ");
        if (in->dst)
            buf_printf(out, "%%%u:%s = ", in->dst, ir_type_name(in->type));
        buf_printf(out, "%s", ir_op_name(in->op));
        switch (in->op) {
        case OP_ICONST:
            buf_printf(out, " %lld", (long long)in->imm);
            break;
        case OP_FCONST:
            buf_printf(out, " 0x%llx", (unsigned long long)in->imm);
            break;
        case OP_SLOT_ADDR:
            buf_printf(out, " slot%lld", (long long)in->imm);
            break;
        case OP_SYM_ADDR:
        case OP_TLS_ADDR:
            buf_printf(out, " @%s", symname(in->sym));
            if (in->imm)
                buf_printf(out, "%+lld", (long long)in->imm);
            break;
        case OP_LOAD:
            buf_printf(out, ".%s%s %%%u", ir_type_name(in->mtype), (in->flags & IRF_SIGNED) ? "s" : "", in->a);
            break;
        case OP_STORE:
            buf_printf(out, ".%s %%%u, %%%u", ir_type_name(in->mtype), in->a, in->b);
            break;
        case OP_JMP:
            buf_printf(out, " .b%lld", (long long)in->imm);
            break;
        case OP_BR:
            buf_printf(out, " %%%u, .b%lld, .b%lld", in->a, (long long)in->imm, (long long)in->imm2);
            break;
        case OP_SWITCH: {
            const IRSwitch *sw = in->aux;
            buf_printf(out, ".%s %%%u", ir_type_name(in->mtype), in->a);
            for (int k = 0; k < sw->ncases; k++) {
                if (sw->lo[k] == sw->hi[k])
                    buf_printf(out, ", %lld: .b%d", (long long)sw->lo[k], sw->blocks[k]);
                else
                    buf_printf(out, ", %lld...%lld: .b%d", (long long)sw->lo[k], (long long)sw->hi[k], sw->blocks[k]);
            }
            buf_printf(out, ", default: .b%d", sw->default_block);
            break;
        }
        case OP_CALL: {
            const IRCall *c = in->aux;
            if (c->callee)
                buf_printf(out, " %%%u", c->callee);
            else
                buf_printf(out, " @%s", symname(c->sym));
            print_call_args(out, c);
            if (c->ret_addr)
                buf_printf(out, " -> [%%%u]", c->ret_addr);
            break;
        }
        case OP_SYSCALL:
            print_call_args(out, in->aux);
            break;
        case OP_MEMCPY:
            buf_printf(out, " %%%u, %%%u, %lld", in->a, in->b, (long long)in->imm);
            break;
        case OP_MEMZERO:
            buf_printf(out, " %%%u, %lld", in->a, (long long)in->imm);
            break;
        default:
            if (in->op >= OP_SEXT && in->op <= OP_FCONV)
                buf_printf(out, ".%s", ir_type_name(in->mtype));
            else if (in->op >= OP_EQ && in->op <= OP_UGE)
                buf_printf(out, ".%s", ir_type_name(in->mtype));
            if (in->a)
                buf_printf(out, " %%%u", in->a);
            if (in->b)
                buf_printf(out, ", %%%u", in->b);
            break;
        }
        buf_printf(out, "\n");
    }
    buf_printf(out, "\n");
}
