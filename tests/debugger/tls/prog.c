/* Thread-local variables (_Thread_local): extern-visible, file-static and block-static ones.
   gdb cannot read the TLS of a static executable without libthread_db: it must say so in the
   same words for mica's build as for gcc's, and still know the variables and their types. */
_Thread_local int zt_count = 5;
static _Thread_local long zt_last = 7;
_Thread_local char zt_buf[8];
int zt_seen;

static int bump(int by)
{
    static _Thread_local int calls;
    calls++;
    zt_count += by;
    zt_last = zt_count * 10L;
    zt_buf[calls] = 'x';
    zt_seen = zt_count + calls;
    return zt_count;
}

int main(void)
{
    int r = bump(3);
    r += bump(4);
    return r == 20 && zt_seen == 14 && zt_last == 120 ? 0 : 1;
}
