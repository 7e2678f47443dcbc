#include <stdio.h>

enum token { T_NUM, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_LPAREN, T_RPAREN, T_END, T_COUNT };
static const char *const token_names[T_COUNT] = {
    [T_NUM] = "number", [T_PLUS] = "+", [T_MINUS] = "-", [T_STAR] = "*", [T_SLASH] = "/",
    [T_LPAREN] = "(", [T_RPAREN] = ")", [T_END] = "end",
};
static const int precedence[T_COUNT] = { [T_PLUS] = 1, [T_MINUS] = 1, [T_STAR] = 2, [T_SLASH] = 2 };

static enum token classify(char c) {
    switch (c) {
    case '+': return T_PLUS;
    case '-': return T_MINUS;
    case '*': return T_STAR;
    case '/': return T_SLASH;
    case '(': return T_LPAREN;
    case ')': return T_RPAREN;
    case '\0': return T_END;
    default: return T_NUM;
    }
}

int main(void) {
    const char *s = "3+4*(2-1)/7";
    int counts[T_COUNT] = { 0 };
    for (const char *p = s;; p++) {
        enum token t = classify(*p);
        counts[t]++;
        printf("%s(%d) ", token_names[t], precedence[t]);
        if (t == T_END) break;
    }
    printf("\n");
    for (enum token t = T_NUM; t < T_COUNT; t++) printf("%s=%d ", token_names[t], counts[t]);
    printf("\n");
    enum token e = T_STAR;
    switch (e) {
    case T_PLUS: case T_MINUS: printf("additive\n"); break;
    case T_STAR: case T_SLASH: printf("multiplicative\n"); break;
    default: printf("other\n"); break;
    }
    printf("%d\n", (int)T_COUNT);
    return 0;
}
