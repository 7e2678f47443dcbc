/* Control flow: next through if/else, switch, do-while, while, break, continue and goto,
   so that every statement's line is where the debugger stops. */
static int classify(int v)
{
    int kind;
    switch (v % 4) {
    case 0:
        kind = 10;
        break;
    case 1:
    case 2:
        kind = 20;
        break;
    default:
        kind = 30;
    }
    return kind;
}

static int walk(int n)
{
    int acc = 0;
    int i = 0;
    do {
        i++;
        if (i == 2)
            continue;
        if (i > 4)
            break;
        acc += classify(i);
    } while (i < n);
    while (acc > 50)
        acc -= 7;
    if (acc < 0)
        goto negative;
    else
        acc += 1;
    return acc;
negative:
    return -acc;
}

int main(void)
{
    int r = walk(6);
    return r == 47 ? 0 : 1;
}
