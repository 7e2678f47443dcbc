int main(void) {
    return * ;
}
