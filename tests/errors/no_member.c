struct P { int x, y; };
int main(void) {
    struct P p = {1, 2};
    return p.z;
}
