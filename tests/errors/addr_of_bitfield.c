struct F { unsigned v : 3; };
int main(void) {
    struct F f = {1};
    unsigned *p = &f.v;
    return (int)*p;
}
