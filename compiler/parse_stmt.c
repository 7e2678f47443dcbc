/* Statements. */
#include "parser.h"

static Node *stmt(Parser *p);

static Node *expr_stmt_value(Parser *p) {
    Node *e = expr(p);
    return e;
}

static Node *cond_in_parens(Parser *p, const char *what) {
    expect(p, '(', what);
    Node *c = to_bool_cond(p, expr(p), what);
    expect(p, ')', NULL);
    return c;
}

static Node *if_stmt(Parser *p, SrcLoc loc) {
    next(p);
    Node *n = new_node(p, ND_IF, loc);
    n->cond = cond_in_parens(p, "after 'if'");
    n->then = stmt(p);
    if (accept(p, KW_ELSE))
        n->els = stmt(p);
    return n;
}

static Node *loop_body(Parser *p) {
    p->loop_depth++;
    p->break_depth++;
    Node *body = stmt(p);
    p->loop_depth--;
    p->break_depth--;
    return body;
}

static Node *while_stmt(Parser *p, SrcLoc loc) {
    next(p);
    Node *n = new_node(p, ND_WHILE, loc);
    n->cond = cond_in_parens(p, "after 'while'");
    n->body = loop_body(p);
    return n;
}

static Node *do_stmt(Parser *p, SrcLoc loc) {
    next(p);
    Node *n = new_node(p, ND_DO, loc);
    n->body = loop_body(p);
    if (!at(p, KW_WHILE))
        syntax_error(p, "expected 'while' before %s", tok_spelling(p, &p->tok));
    SrcLoc wloc = p->tok.loc;
    next(p);
    n->cond = cond_in_parens(p, "after 'while'");
    n->cond->loc = n->cond->loc.line ? n->cond->loc : wloc;
    expect(p, ';', "after do-while statement");
    return n;
}

static Node *for_stmt(Parser *p, SrcLoc loc) {
    next(p);
    Node *n = new_node(p, ND_FOR, loc);
    expect(p, '(', "after 'for'");
    enter_scope(p);
    n->scope_id = ++p->scope_count;
    Node *decls;
    if (declaration(p, &decls)) {
        Node *b = new_node(p, ND_BLOCK, loc);
        b->body = decls;
        b->scope_id = -1; /* the for's own scope */
        n->init = b;
    } else if (!accept(p, ';')) {
        Node *e = new_node(p, ND_EXPR_STMT, p->tok.loc);
        e->lhs = expr(p);
        n->init = e;
        expect(p, ';', "in 'for' statement");
    }
    if (!at(p, ';'))
        n->cond = to_bool_cond(p, expr(p), NULL);
    expect(p, ';', "in 'for' statement");
    if (!at(p, ')'))
        n->inc = expr(p);
    expect(p, ')', NULL);
    n->body = loop_body(p);
    n->end_loc = p->prev_loc;
    leave_scope(p);
    return n;
}

static Node *switch_stmt(Parser *p, SrcLoc loc) {
    next(p);
    Node *n = new_node(p, ND_SWITCH, loc);
    expect(p, '(', "after 'switch'");
    Node *c = rvalue(p, expr(p));
    expect(p, ')', NULL);
    if (!is_integer(c->type)) {
        error_at(c->loc, "switch quantity not an integer");
        c = new_num(p, 0, ty_int, c->loc);
    }
    n->cond = convert(p, c, promote(c->type));
    Node *saved = p->cur_switch;
    p->cur_switch = n;
    p->break_depth++;
    n->body = stmt(p);
    p->break_depth--;
    p->cur_switch = saved;
    return n;
}

static Node *case_stmt(Parser *p, SrcLoc loc) {
    next(p);
    int64_t lo = const_int_expr(p);
    int64_t hi = lo;
    if (accept(p, TK_ELLIPSIS))
        hi = const_int_expr(p);
    expect(p, ':', "after case label");
    Node *n = new_node(p, ND_CASE, loc);
    Node *sw = p->cur_switch;
    if (!sw) {
        error_at(loc, "case label not within a switch statement");
    } else {
        Type *t = sw->cond->type;
        lo = wrap_int(lo, t);
        hi = wrap_int(hi, t);
        for (Node *c = sw->cases; c; c = c->case_next) {
            if (c->kind == ND_CASE && !(hi < c->val || lo > c->case_end)) {
                error_at(loc, "duplicate case value");
                note_at(c->loc, "previously used here");
                break;
            }
        }
        n->case_next = sw->cases;
        sw->cases = n;
    }
    n->val = lo;
    n->case_end = hi;
    n->body = at(p, '}') ? new_node(p, ND_NULL_STMT, p->tok.loc) : stmt(p);
    return n;
}

static Node *default_stmt(Parser *p, SrcLoc loc) {
    next(p);
    expect(p, ':', "after 'default'");
    Node *n = new_node(p, ND_DEFAULT, loc);
    Node *sw = p->cur_switch;
    if (!sw) {
        error_at(loc, "'default' label not within a switch statement");
    } else {
        if (sw->default_case) {
            error_at(loc, "multiple default labels in one switch");
            note_at(sw->default_case->loc, "this is the first default label");
        }
        sw->default_case = n;
    }
    n->body = at(p, '}') ? new_node(p, ND_NULL_STMT, p->tok.loc) : stmt(p);
    return n;
}

static Node *return_stmt(Parser *p, SrcLoc loc) {
    next(p);
    Node *n = new_node(p, ND_RETURN, loc);
    Type *rt = p->ret_type;
    if (accept(p, ';')) {
        if (rt->kind != TY_VOID)
            warn_at(loc, "'return' with no value, in function returning non-void");
        return n;
    }
    SrcLoc start = p->tok.loc; /* like gcc, the statement is where its expression starts */
    Node *e = rvalue(p, expr(p));
    expect(p, ';', "after return statement");
    n->loc = start;
    if (rt->kind == TY_VOID) {
        if (e->type->kind != TY_VOID)
            warn_at(loc, "'return' with a value, in function returning void");
        n->lhs = e; /* still evaluated */
        n->val = 1; /* marks "discard the value" */
        return n;
    }
    if (e->kind == ND_ADDR && e->lhs->kind == ND_VAR && e->lhs->obj->is_local)
        warn_at(loc, "function returns address of local variable");
    n->lhs = assign_convert(p, e, unqualified(rt), CONV_RETURN, 0);
    return n;
}

static Node *label_stmt(Parser *p, SrcLoc loc) {
    Ident *name = p->tok.ident;
    next(p);
    next(p); /* : */
    for (int i = 0; i < p->labels.len; i++) {
        if (p->labels.data[i]->label == name) {
            error_at(loc, "duplicate label '%s'", name->name);
            note_at(p->labels.data[i]->loc, "previous definition of '%s' was here", name->name);
        }
    }
    Node *n = new_node(p, ND_LABEL, loc);
    n->label = name;
    vec_push(&p->labels, n);
    n->body = at(p, '}') ? new_node(p, ND_NULL_STMT, p->tok.loc) : stmt(p);
    return n;
}

void resolve_gotos(Parser *p) {
    for (int i = 0; i < p->gotos.len; i++) {
        Node *g = p->gotos.data[i];
        for (int j = 0; j < p->labels.len; j++)
            if (p->labels.data[j]->label == g->label)
                g->target = p->labels.data[j];
        if (!g->target)
            error_at(g->loc, "label '%s' used but not defined", g->label->name);
    }
}

static Node *stmt(Parser *p) {
    SrcLoc loc = p->tok.loc;
    switch (p->tok.kind) {
    case '{':
        return compound_stmt(p, true);
    case KW_IF:
        return if_stmt(p, loc);
    case KW_WHILE:
        return while_stmt(p, loc);
    case KW_DO:
        return do_stmt(p, loc);
    case KW_FOR:
        return for_stmt(p, loc);
    case KW_SWITCH:
        return switch_stmt(p, loc);
    case KW_CASE:
        return case_stmt(p, loc);
    case KW_DEFAULT:
        return default_stmt(p, loc);
    case KW_RETURN:
        return return_stmt(p, loc);
    case KW_BREAK: {
        next(p);
        if (!p->break_depth)
            error_at(loc, "break statement not within loop or switch");
        expect(p, ';', "after 'break'");
        return new_node(p, ND_BREAK, loc);
    }
    case KW_CONTINUE: {
        next(p);
        if (!p->loop_depth)
            error_at(loc, "continue statement not within a loop");
        expect(p, ';', "after 'continue'");
        return new_node(p, ND_CONTINUE, loc);
    }
    case KW_GOTO: {
        next(p);
        Node *n = new_node(p, ND_GOTO, loc);
        if (at(p, '*'))
            syntax_error(p, "computed goto is not supported by mica");
        if (!at(p, TK_IDENT))
            syntax_error(p, "expected identifier before %s", tok_spelling(p, &p->tok));
        n->label = p->tok.ident;
        next(p);
        expect(p, ';', "after goto statement");
        vec_push(&p->gotos, n);
        return n;
    }
    case ';':
        next(p);
        return new_node(p, ND_NULL_STMT, loc);
    case TK_IDENT:
        if (peek(p, 1)->kind == ':')
            return label_stmt(p, loc);
        break;
    case KW_ASM:
        syntax_error(p, "inline assembly is not supported by mica");
    default:
        break;
    }
    Node *n = new_node(p, ND_EXPR_STMT, loc);
    n->lhs = expr_stmt_value(p);
    expect(p, ';', "after expression");
    return n;
}

Node *compound_stmt(Parser *p, bool new_scope) {
    Node *n = new_node(p, ND_BLOCK, p->tok.loc);
    expect(p, '{', NULL);
    if (new_scope) {
        enter_scope(p);
        n->scope_id = ++p->scope_count;
    }
    Node *body = NULL;
    Node **tail = &body; /* where the next statement goes */
    while (!at(p, '}')) {
        if (p->tok.kind == TK_EOF)
            syntax_error(p, "expected declaration or statement at end of input");
        Node *decls;
        if (!(at(p, TK_IDENT) && peek(p, 1)->kind == ':') && declaration(p, &decls)) {
            for (Node *d = decls; d;) {
                Node *nx = d->next;
                d->next = NULL;
                *tail = d;
                tail = &d->next;
                d = nx;
            }
            continue;
        }
        Node *s = stmt(p);
        *tail = s;
        tail = &s->next;
    }
    n->end_loc = p->tok.loc;
    next(p);
    if (new_scope)
        leave_scope(p);
    n->body = body;
    return n;
}
