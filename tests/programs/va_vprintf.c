#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static char log_buf[256];
static int log_len;

static int logf_(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(log_buf + log_len, sizeof log_buf - (size_t)log_len, fmt, ap);
    va_end(ap);
    if (n > 0) log_len += n;
    return n;
}
static void say(const char *prefix, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    printf("%s: ", prefix);
    vprintf(fmt, ap);
    va_end(ap);
}
static int measure(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    return n;
}
static void to_file_and_back(const char *fmt, ...) {
    const char *path = "/tmp/mica_test_va_vprintf.txt";
    FILE *f = fopen(path, "w");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fclose(f);
    f = fopen(path, "r");
    char line[128];
    if (fgets(line, sizeof line, f)) printf("file: %s", line);
    fclose(f);
    remove(path);
}

int main(void) {
    logf_("a=%d ", 1);
    logf_("b=%s ", "two");
    logf_("c=%.2f", 3.0);
    printf("[%s] %d\n", log_buf, log_len);
    say("info", "%d items at %.1f each\n", 3, 2.5);
    say("warn", "%s%c\n", "done", '!');
    printf("%d %d\n", measure("%d", 123456), measure("%s-%s", "ab", "cde"));
    to_file_and_back("%05d|%-4s|%x\n", 42, "ab", 255);
    char small[8];
    int n = snprintf(small, sizeof small, "%s", "truncated text");
    printf("%d [%s]\n", n, small);
    return 0;
}
