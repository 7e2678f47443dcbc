/* Call frame information: the debugger must unwind correctly at every instruction of a
   function, including the first one (before the frame pointer is set up) and the return
   (after it is torn down), where guessing from the frame pointer goes wrong. */
static volatile int zs_sink;

static void leaf(void)
{
    zs_sink = zs_sink + 1;
}

static int middle(void)
{
    int local = 5;
    leaf();
    local = local + zs_sink;
    leaf();
    return local;
}

int main(void)
{
    int r = middle();
    r = r + middle();
    return r == 14 ? 0 : 1;
}
