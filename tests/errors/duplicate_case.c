int main(void) {
    int x = 2;
    switch (x) {
    case 1: break;
    case 2: break;
    case 1: break;
    }
    return 0;
}
