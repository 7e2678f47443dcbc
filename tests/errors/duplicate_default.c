int main(void) {
    switch (0) {
    default: break;
    default: break;
    }
    return 0;
}
