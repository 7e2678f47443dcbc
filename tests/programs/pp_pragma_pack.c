#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct normal { char c; int i; short s; double d; };

#pragma pack(push, 1)
struct packed1 { char c; int i; short s; double d; };
struct packed_nested { char tag; struct normal inner; };
#pragma pack(pop)

#pragma pack(push, 2)
struct packed2 { char c; int i; char c2; double d; };
#pragma pack(pop)

#pragma pack(push, 4)
struct packed4 { char c; double d; char e; };
#pragma pack(pop)

struct after_pop { char c; int i; short s; double d; };

#pragma pack(push, 1)
struct header {
    uint8_t kind;
    uint32_t length;
    uint16_t flags;
    uint8_t data[3];
};
#pragma pack(pop)

int main(void) {
    printf("normal: size %d offsets %d %d %d %d\n", (int)sizeof(struct normal),
           (int)offsetof(struct normal, c), (int)offsetof(struct normal, i),
           (int)offsetof(struct normal, s), (int)offsetof(struct normal, d));
    printf("packed1: size %d offsets %d %d %d %d align %d\n", (int)sizeof(struct packed1),
           (int)offsetof(struct packed1, c), (int)offsetof(struct packed1, i),
           (int)offsetof(struct packed1, s), (int)offsetof(struct packed1, d),
           (int)_Alignof(struct packed1));
    printf("packed_nested: size %d inner at %d\n", (int)sizeof(struct packed_nested),
           (int)offsetof(struct packed_nested, inner));
    printf("packed2: size %d offsets %d %d %d %d align %d\n", (int)sizeof(struct packed2),
           (int)offsetof(struct packed2, c), (int)offsetof(struct packed2, i),
           (int)offsetof(struct packed2, c2), (int)offsetof(struct packed2, d),
           (int)_Alignof(struct packed2));
    printf("packed4: size %d offsets %d %d align %d\n", (int)sizeof(struct packed4),
           (int)offsetof(struct packed4, d), (int)offsetof(struct packed4, e),
           (int)_Alignof(struct packed4));
    printf("after_pop: size %d\n", (int)sizeof(struct after_pop));
    printf("header: size %d offsets %d %d %d\n", (int)sizeof(struct header),
           (int)offsetof(struct header, length), (int)offsetof(struct header, flags),
           (int)offsetof(struct header, data));

    /* serialise through the packed layout and read back */
    unsigned char bytes[sizeof(struct header)];
    struct header h = { 7, 0x11223344u, 0xBEEF, { 1, 2, 3 } };
    memcpy(bytes, &h, sizeof h);
    for (size_t i = 0; i < sizeof bytes; i++) printf("%02x", bytes[i]);
    printf("\n");
    struct header h2;
    memcpy(&h2, bytes, sizeof h2);
    h2.length += 1;
    h2.flags ^= 0xFFFF;
    printf("%u %x %x %u\n", h2.kind, (unsigned)h2.length, (unsigned)h2.flags, h2.data[2]);

    struct packed1 arr[3];
    printf("array of packed1: %d\n", (int)sizeof arr);
    for (int i = 0; i < 3; i++) { arr[i].c = (char)('a' + i); arr[i].i = i * 1000; arr[i].s = (short)-i; arr[i].d = i * 1.5; }
    long sum = 0;
    for (int i = 0; i < 3; i++) sum += arr[i].c + arr[i].i + arr[i].s + (long)(arr[i].d * 2);
    printf("sum %ld\n", sum);
    return 0;
}
