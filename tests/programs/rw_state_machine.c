/* A state machine with a 240-case switch (generated once; kept as plain C). Each state updates
   an accumulator and picks the next state from the input byte. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t step(int *state, uint32_t acc, unsigned char in) {
    switch (*state) {
    case 0:
        acc = (acc >> 3) + in * 7u;
        *state = (in & 1) ? 101 : 166;
        break;
    case 1:
        acc = (acc << 3) ^ (acc >> 9) ^ in;
        *state = (in & 1) ? 24 : 93;
        break;
    case 2:
        acc = acc * 2654435761u + 220u;
        /* fall through */
    case 3:
        acc = acc * 31u + in + 565u;
        *state = (in & 1) ? 108 : 15;
        break;
    case 4:
        acc ^= (acc << 11) | in;
        /* fall through */
    case 5:
        acc ^= (acc << 1) | in;
        *state = (int)((acc + in) % 240u);
        break;
    case 6:
        acc += (uint32_t)in * 148u;
        *state = (int)((acc + in) % 240u);
        break;
    case 7:
        acc = acc * 2654435761u + 836u;
        *state = in < 100 ? 174 : in < 200 ? 46 : 26;
        break;
    case 8:
        acc = (acc >> 2) + in * 7u;
        *state = (in & 1) ? 140 : 182;
        break;
    case 9:
        acc = acc * 2654435761u + 211u;
        *state = 127;
        break;
    case 10:
        acc += (uint32_t)in * 600u;
        *state = (int)((acc + in) % 240u);
        break;
    case 11:
        acc ^= (acc << 13) | in;
        *state = in < 100 ? 46 : in < 200 ? 178 : 199;
        break;
    case 12:
        acc = acc * 31u + in + 589u;
        *state = (int)((acc + in) % 240u);
        break;
    case 13:
        acc -= in ^ 460u;
        *state = (in & 1) ? 73 : 155;
        break;
    case 14:
        acc = acc * 2654435761u + 429u;
        *state = in < 100 ? 42 : in < 200 ? 193 : 87;
        break;
    case 15:
        acc += (uint32_t)in * 432u;
        *state = (int)((acc + in) % 240u);
        break;
    case 16:
        acc = (acc >> 12) + in * 7u;
        /* fall through */
    case 17:
        acc = acc * 31u + in + 968u;
        *state = (in & 1) ? 69 : 121;
        break;
    case 18:
        acc = acc * 31u + in + 749u;
        /* fall through */
    case 19:
        acc += (uint32_t)in * 909u;
        /* fall through */
    case 20:
        acc = acc * 2654435761u + 120u;
        *state = (int)((acc + in) % 240u);
        break;
    case 21:
        acc ^= (acc << 12) | in;
        /* fall through */
    case 22:
        acc += (uint32_t)in * 412u;
        *state = in < 100 ? 140 : in < 200 ? 71 : 226;
        break;
    case 23:
        acc = (acc << 3) ^ (acc >> 7) ^ in;
        *state = 221;
        break;
    case 24:
        acc -= in ^ 906u;
        *state = (in & 1) ? 97 : 59;
        break;
    case 25:
        acc ^= (acc << 3) | in;
        *state = (in & 1) ? 59 : 168;
        break;
    case 26:
        acc += (uint32_t)in * 852u;
        *state = (int)((acc + in) % 240u);
        break;
    case 27:
        acc = acc * 31u + in + 150u;
        *state = (int)((acc + in) % 240u);
        break;
    case 28:
        acc ^= (acc << 12) | in;
        *state = (in & 1) ? 219 : 131;
        break;
    case 29:
        acc += (uint32_t)in * 922u;
        /* fall through */
    case 30:
        acc += (uint32_t)in * 107u;
        *state = (in & 1) ? 123 : 162;
        break;
    case 31:
        acc ^= (acc << 2) | in;
        *state = (in & 1) ? 53 : 112;
        break;
    case 32:
        acc = (acc >> 10) + in * 7u;
        *state = in < 100 ? 13 : in < 200 ? 26 : 0;
        break;
    case 33:
        acc = acc * 2654435761u + 104u;
        *state = (in & 1) ? 93 : 157;
        break;
    case 34:
        acc = (acc << 3) ^ (acc >> 4) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 35:
        acc = (acc >> 10) + in * 7u;
        *state = (in & 1) ? 93 : 121;
        break;
    case 36:
        acc = (acc << 3) ^ (acc >> 8) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 37:
        acc = acc * 31u + in + 148u;
        *state = (int)((acc + in) % 240u);
        break;
    case 38:
        acc += (uint32_t)in * 849u;
        *state = (in & 1) ? 177 : 41;
        break;
    case 39:
        acc ^= (acc << 9) | in;
        *state = (in & 1) ? 92 : 37;
        break;
    case 40:
        acc = (acc << 3) ^ (acc >> 9) ^ in;
        *state = (in & 1) ? 76 : 164;
        break;
    case 41:
        acc -= in ^ 866u;
        *state = in < 100 ? 66 : in < 200 ? 132 : 93;
        break;
    case 42:
        acc = (acc >> 13) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 43:
        acc -= in ^ 229u;
        *state = in < 100 ? 156 : in < 200 ? 207 : 201;
        break;
    case 44:
        acc = (acc << 3) ^ (acc >> 4) ^ in;
        *state = in < 100 ? 209 : in < 200 ? 102 : 189;
        break;
    case 45:
        acc ^= (acc << 9) | in;
        *state = (in & 1) ? 126 : 91;
        break;
    case 46:
        acc = acc * 31u + in + 810u;
        *state = in < 100 ? 71 : in < 200 ? 120 : 66;
        break;
    case 47:
        acc -= in ^ 620u;
        *state = (int)((acc + in) % 240u);
        break;
    case 48:
        acc = (acc >> 2) + in * 7u;
        /* fall through */
    case 49:
        acc ^= (acc << 8) | in;
        *state = (in & 1) ? 159 : 230;
        break;
    case 50:
        acc += (uint32_t)in * 932u;
        *state = (in & 1) ? 167 : 88;
        break;
    case 51:
        acc = (acc << 3) ^ (acc >> 11) ^ in;
        *state = in < 100 ? 30 : in < 200 ? 232 : 99;
        break;
    case 52:
        acc += (uint32_t)in * 911u;
        *state = (int)((acc + in) % 240u);
        break;
    case 53:
        acc = acc * 31u + in + 821u;
        *state = 184;
        break;
    case 54:
        acc = acc * 31u + in + 743u;
        *state = (in & 1) ? 40 : 43;
        break;
    case 55:
        acc ^= (acc << 10) | in;
        *state = in < 100 ? 231 : in < 200 ? 119 : 206;
        break;
    case 56:
        acc = acc * 2654435761u + 847u;
        *state = (int)((acc + in) % 240u);
        break;
    case 57:
        acc ^= (acc << 9) | in;
        *state = (in & 1) ? 140 : 33;
        break;
    case 58:
        acc = (acc << 3) ^ (acc >> 12) ^ in;
        *state = in < 100 ? 166 : in < 200 ? 26 : 134;
        break;
    case 59:
        acc += (uint32_t)in * 893u;
        *state = in < 100 ? 49 : in < 200 ? 211 : 223;
        break;
    case 60:
        acc = acc * 31u + in + 258u;
        *state = in < 100 ? 54 : in < 200 ? 74 : 128;
        break;
    case 61:
        acc = (acc << 3) ^ (acc >> 10) ^ in;
        *state = 83;
        break;
    case 62:
        acc = acc * 31u + in + 932u;
        *state = 189;
        break;
    case 63:
        acc = (acc << 3) ^ (acc >> 9) ^ in;
        *state = in < 100 ? 107 : in < 200 ? 211 : 234;
        break;
    case 64:
        acc = acc * 2654435761u + 156u;
        *state = 134;
        break;
    case 65:
        acc = acc * 2654435761u + 5u;
        *state = in < 100 ? 198 : in < 200 ? 204 : 38;
        break;
    case 66:
        acc ^= (acc << 8) | in;
        *state = (in & 1) ? 158 : 185;
        break;
    case 67:
        acc = (acc >> 11) + in * 7u;
        *state = 132;
        break;
    case 68:
        acc = acc * 31u + in + 905u;
        *state = in < 100 ? 143 : in < 200 ? 14 : 63;
        break;
    case 69:
        acc = (acc >> 1) + in * 7u;
        *state = 197;
        break;
    case 70:
        acc = (acc << 3) ^ (acc >> 2) ^ in;
        *state = in < 100 ? 113 : in < 200 ? 83 : 156;
        break;
    case 71:
        acc -= in ^ 284u;
        *state = 115;
        break;
    case 72:
        acc ^= (acc << 12) | in;
        *state = (int)((acc + in) % 240u);
        break;
    case 73:
        acc = acc * 2654435761u + 915u;
        *state = in < 100 ? 51 : in < 200 ? 215 : 114;
        break;
    case 74:
        acc += (uint32_t)in * 125u;
        *state = (in & 1) ? 100 : 113;
        break;
    case 75:
        acc -= in ^ 247u;
        *state = (int)((acc + in) % 240u);
        break;
    case 76:
        acc = (acc << 3) ^ (acc >> 2) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 77:
        acc ^= (acc << 5) | in;
        *state = in < 100 ? 226 : in < 200 ? 35 : 119;
        break;
    case 78:
        acc -= in ^ 976u;
        /* fall through */
    case 79:
        acc -= in ^ 853u;
        *state = 57;
        break;
    case 80:
        acc += (uint32_t)in * 348u;
        *state = (int)((acc + in) % 240u);
        break;
    case 81:
        acc = acc * 31u + in + 740u;
        /* fall through */
    case 82:
        acc = acc * 31u + in + 394u;
        *state = (int)((acc + in) % 240u);
        break;
    case 83:
        acc = acc * 2654435761u + 984u;
        *state = in < 100 ? 16 : in < 200 ? 28 : 235;
        break;
    case 84:
        acc = acc * 31u + in + 87u;
        *state = in < 100 ? 67 : in < 200 ? 69 : 10;
        break;
    case 85:
        acc = (acc >> 13) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 86:
        acc += (uint32_t)in * 153u;
        *state = 137;
        break;
    case 87:
        acc = acc * 31u + in + 286u;
        *state = in < 100 ? 14 : in < 200 ? 204 : 176;
        break;
    case 88:
        acc += (uint32_t)in * 917u;
        *state = (in & 1) ? 18 : 68;
        break;
    case 89:
        acc = (acc << 3) ^ (acc >> 5) ^ in;
        *state = in < 100 ? 21 : in < 200 ? 155 : 219;
        break;
    case 90:
        acc = acc * 31u + in + 271u;
        *state = (in & 1) ? 220 : 31;
        break;
    case 91:
        acc = (acc >> 9) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 92:
        acc = acc * 2654435761u + 133u;
        *state = in < 100 ? 11 : in < 200 ? 134 : 181;
        break;
    case 93:
        acc = acc * 31u + in + 993u;
        *state = in < 100 ? 41 : in < 200 ? 67 : 12;
        break;
    case 94:
        acc ^= (acc << 5) | in;
        *state = in < 100 ? 160 : in < 200 ? 78 : 135;
        break;
    case 95:
        acc = (acc >> 8) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 96:
        acc = (acc >> 13) + in * 7u;
        *state = (in & 1) ? 4 : 64;
        break;
    case 97:
        acc = acc * 31u + in + 751u;
        /* fall through */
    case 98:
        acc += (uint32_t)in * 109u;
        *state = 168;
        break;
    case 99:
        acc = acc * 2654435761u + 855u;
        *state = (int)((acc + in) % 240u);
        break;
    case 100:
        acc -= in ^ 221u;
        *state = in < 100 ? 58 : in < 200 ? 87 : 50;
        break;
    case 101:
        acc += (uint32_t)in * 356u;
        *state = (in & 1) ? 13 : 214;
        break;
    case 102:
        acc = acc * 31u + in + 641u;
        /* fall through */
    case 103:
        acc = acc * 31u + in + 682u;
        *state = (int)((acc + in) % 240u);
        break;
    case 104:
        acc = acc * 2654435761u + 249u;
        /* fall through */
    case 105:
        acc = (acc >> 8) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 106:
        acc = acc * 2654435761u + 332u;
        *state = (int)((acc + in) % 240u);
        break;
    case 107:
        acc ^= (acc << 6) | in;
        /* fall through */
    case 108:
        acc = (acc >> 9) + in * 7u;
        *state = (in & 1) ? 167 : 51;
        break;
    case 109:
        acc = acc * 31u + in + 271u;
        *state = 209;
        break;
    case 110:
        acc += (uint32_t)in * 24u;
        *state = in < 100 ? 76 : in < 200 ? 77 : 161;
        break;
    case 111:
        acc = acc * 31u + in + 600u;
        *state = in < 100 ? 135 : in < 200 ? 218 : 192;
        break;
    case 112:
        acc -= in ^ 915u;
        *state = 183;
        break;
    case 113:
        acc -= in ^ 507u;
        *state = in < 100 ? 38 : in < 200 ? 72 : 185;
        break;
    case 114:
        acc = acc * 31u + in + 845u;
        *state = 213;
        break;
    case 115:
        acc = (acc << 3) ^ (acc >> 9) ^ in;
        *state = (in & 1) ? 35 : 232;
        break;
    case 116:
        acc = (acc << 3) ^ (acc >> 11) ^ in;
        *state = in < 100 ? 149 : in < 200 ? 204 : 228;
        break;
    case 117:
        acc = acc * 31u + in + 32u;
        *state = (int)((acc + in) % 240u);
        break;
    case 118:
        acc = acc * 31u + in + 386u;
        *state = (in & 1) ? 213 : 115;
        break;
    case 119:
        acc -= in ^ 20u;
        *state = in < 100 ? 160 : in < 200 ? 136 : 174;
        break;
    case 120:
        acc += (uint32_t)in * 271u;
        *state = (in & 1) ? 0 : 116;
        break;
    case 121:
        acc -= in ^ 955u;
        *state = (in & 1) ? 128 : 229;
        break;
    case 122:
        acc -= in ^ 539u;
        /* fall through */
    case 123:
        acc = acc * 31u + in + 867u;
        *state = in < 100 ? 67 : in < 200 ? 60 : 186;
        break;
    case 124:
        acc ^= (acc << 12) | in;
        /* fall through */
    case 125:
        acc -= in ^ 295u;
        *state = in < 100 ? 196 : in < 200 ? 11 : 157;
        break;
    case 126:
        acc = acc * 31u + in + 615u;
        *state = (int)((acc + in) % 240u);
        break;
    case 127:
        acc = acc * 2654435761u + 582u;
        *state = (in & 1) ? 34 : 3;
        break;
    case 128:
        acc += (uint32_t)in * 276u;
        *state = in < 100 ? 172 : in < 200 ? 25 : 177;
        break;
    case 129:
        acc -= in ^ 502u;
        *state = (int)((acc + in) % 240u);
        break;
    case 130:
        acc += (uint32_t)in * 478u;
        *state = in < 100 ? 119 : in < 200 ? 196 : 30;
        break;
    case 131:
        acc = (acc >> 2) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 132:
        acc += (uint32_t)in * 79u;
        *state = (int)((acc + in) % 240u);
        break;
    case 133:
        acc += (uint32_t)in * 215u;
        *state = (in & 1) ? 234 : 238;
        break;
    case 134:
        acc = acc * 2654435761u + 93u;
        *state = (int)((acc + in) % 240u);
        break;
    case 135:
        acc = (acc >> 3) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 136:
        acc = acc * 31u + in + 721u;
        /* fall through */
    case 137:
        acc ^= (acc << 1) | in;
        /* fall through */
    case 138:
        acc ^= (acc << 7) | in;
        *state = (in & 1) ? 88 : 96;
        break;
    case 139:
        acc = (acc << 3) ^ (acc >> 6) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 140:
        acc = (acc << 3) ^ (acc >> 7) ^ in;
        *state = (in & 1) ? 30 : 237;
        break;
    case 141:
        acc -= in ^ 297u;
        /* fall through */
    case 142:
        acc = (acc << 3) ^ (acc >> 10) ^ in;
        *state = 19;
        break;
    case 143:
        acc = (acc << 3) ^ (acc >> 1) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 144:
        acc -= in ^ 959u;
        *state = 38;
        break;
    case 145:
        acc ^= (acc << 13) | in;
        *state = (in & 1) ? 95 : 200;
        break;
    case 146:
        acc = (acc << 3) ^ (acc >> 13) ^ in;
        *state = in < 100 ? 161 : in < 200 ? 102 : 233;
        break;
    case 147:
        acc -= in ^ 83u;
        /* fall through */
    case 148:
        acc = (acc << 3) ^ (acc >> 3) ^ in;
        /* fall through */
    case 149:
        acc = acc * 2654435761u + 131u;
        *state = (int)((acc + in) % 240u);
        break;
    case 150:
        acc = (acc >> 5) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 151:
        acc += (uint32_t)in * 672u;
        /* fall through */
    case 152:
        acc -= in ^ 166u;
        *state = 19;
        break;
    case 153:
        acc += (uint32_t)in * 929u;
        /* fall through */
    case 154:
        acc ^= (acc << 4) | in;
        *state = (in & 1) ? 23 : 44;
        break;
    case 155:
        acc = (acc >> 4) + in * 7u;
        *state = in < 100 ? 94 : in < 200 ? 66 : 207;
        break;
    case 156:
        acc = acc * 31u + in + 768u;
        *state = 222;
        break;
    case 157:
        acc ^= (acc << 7) | in;
        *state = (in & 1) ? 69 : 86;
        break;
    case 158:
        acc += (uint32_t)in * 285u;
        *state = in < 100 ? 147 : in < 200 ? 92 : 32;
        break;
    case 159:
        acc = acc * 31u + in + 278u;
        *state = 229;
        break;
    case 160:
        acc += (uint32_t)in * 977u;
        *state = (in & 1) ? 79 : 217;
        break;
    case 161:
        acc ^= (acc << 1) | in;
        *state = 108;
        break;
    case 162:
        acc += (uint32_t)in * 1u;
        *state = 18;
        break;
    case 163:
        acc ^= (acc << 13) | in;
        *state = in < 100 ? 27 : in < 200 ? 57 : 39;
        break;
    case 164:
        acc = acc * 2654435761u + 996u;
        /* fall through */
    case 165:
        acc = (acc << 3) ^ (acc >> 1) ^ in;
        *state = in < 100 ? 0 : in < 200 ? 200 : 32;
        break;
    case 166:
        acc = acc * 2654435761u + 942u;
        *state = (int)((acc + in) % 240u);
        break;
    case 167:
        acc ^= (acc << 11) | in;
        *state = 64;
        break;
    case 168:
        acc = acc * 31u + in + 102u;
        *state = in < 100 ? 18 : in < 200 ? 76 : 134;
        break;
    case 169:
        acc += (uint32_t)in * 268u;
        *state = (in & 1) ? 57 : 202;
        break;
    case 170:
        acc = acc * 31u + in + 551u;
        *state = (int)((acc + in) % 240u);
        break;
    case 171:
        acc -= in ^ 860u;
        *state = in < 100 ? 226 : in < 200 ? 62 : 121;
        break;
    case 172:
        acc = acc * 2654435761u + 253u;
        *state = (int)((acc + in) % 240u);
        break;
    case 173:
        acc = acc * 31u + in + 23u;
        /* fall through */
    case 174:
        acc ^= (acc << 11) | in;
        *state = in < 100 ? 108 : in < 200 ? 236 : 94;
        break;
    case 175:
        acc += (uint32_t)in * 35u;
        /* fall through */
    case 176:
        acc += (uint32_t)in * 203u;
        *state = (in & 1) ? 1 : 204;
        break;
    case 177:
        acc ^= (acc << 8) | in;
        *state = in < 100 ? 51 : in < 200 ? 79 : 196;
        break;
    case 178:
        acc ^= (acc << 8) | in;
        *state = (int)((acc + in) % 240u);
        break;
    case 179:
        acc = acc * 31u + in + 975u;
        *state = in < 100 ? 159 : in < 200 ? 126 : 156;
        break;
    case 180:
        acc ^= (acc << 8) | in;
        *state = (in & 1) ? 106 : 233;
        break;
    case 181:
        acc = acc * 2654435761u + 150u;
        *state = in < 100 ? 236 : in < 200 ? 100 : 13;
        break;
    case 182:
        acc = acc * 31u + in + 998u;
        *state = (in & 1) ? 152 : 36;
        break;
    case 183:
        acc -= in ^ 62u;
        *state = (int)((acc + in) % 240u);
        break;
    case 184:
        acc -= in ^ 116u;
        *state = (int)((acc + in) % 240u);
        break;
    case 185:
        acc ^= (acc << 3) | in;
        /* fall through */
    case 186:
        acc -= in ^ 743u;
        *state = (int)((acc + in) % 240u);
        break;
    case 187:
        acc += (uint32_t)in * 174u;
        *state = (int)((acc + in) % 240u);
        break;
    case 188:
        acc = acc * 31u + in + 360u;
        *state = in < 100 ? 107 : in < 200 ? 226 : 31;
        break;
    case 189:
        acc += (uint32_t)in * 366u;
        /* fall through */
    case 190:
        acc -= in ^ 485u;
        /* fall through */
    case 191:
        acc = (acc >> 12) + in * 7u;
        /* fall through */
    case 192:
        acc -= in ^ 786u;
        *state = (in & 1) ? 103 : 10;
        break;
    case 193:
        acc += (uint32_t)in * 65u;
        *state = (int)((acc + in) % 240u);
        break;
    case 194:
        acc ^= (acc << 12) | in;
        *state = (int)((acc + in) % 240u);
        break;
    case 195:
        acc = (acc >> 5) + in * 7u;
        *state = (int)((acc + in) % 240u);
        break;
    case 196:
        acc -= in ^ 734u;
        *state = (int)((acc + in) % 240u);
        break;
    case 197:
        acc = (acc >> 1) + in * 7u;
        *state = (in & 1) ? 184 : 193;
        break;
    case 198:
        acc = acc * 31u + in + 846u;
        *state = 59;
        break;
    case 199:
        acc += (uint32_t)in * 809u;
        /* fall through */
    case 200:
        acc += (uint32_t)in * 188u;
        *state = (int)((acc + in) % 240u);
        break;
    case 201:
        acc = (acc << 3) ^ (acc >> 12) ^ in;
        *state = in < 100 ? 197 : in < 200 ? 38 : 155;
        break;
    case 202:
        acc = (acc >> 6) + in * 7u;
        *state = (in & 1) ? 117 : 92;
        break;
    case 203:
        acc = acc * 2654435761u + 203u;
        *state = in < 100 ? 100 : in < 200 ? 192 : 40;
        break;
    case 204:
        acc += (uint32_t)in * 67u;
        *state = (int)((acc + in) % 240u);
        break;
    case 205:
        acc ^= (acc << 7) | in;
        *state = (int)((acc + in) % 240u);
        break;
    case 206:
        acc = acc * 2654435761u + 87u;
        *state = 53;
        break;
    case 207:
        acc += (uint32_t)in * 178u;
        *state = 59;
        break;
    case 208:
        acc -= in ^ 241u;
        *state = (in & 1) ? 191 : 137;
        break;
    case 209:
        acc = (acc << 3) ^ (acc >> 5) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 210:
        acc = (acc >> 5) + in * 7u;
        /* fall through */
    case 211:
        acc ^= (acc << 4) | in;
        *state = in < 100 ? 39 : in < 200 ? 72 : 226;
        break;
    case 212:
        acc = (acc >> 2) + in * 7u;
        *state = in < 100 ? 101 : in < 200 ? 64 : 62;
        break;
    case 213:
        acc -= in ^ 828u;
        *state = (in & 1) ? 25 : 167;
        break;
    case 214:
        acc = acc * 31u + in + 5u;
        *state = in < 100 ? 121 : in < 200 ? 226 : 209;
        break;
    case 215:
        acc = (acc << 3) ^ (acc >> 8) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 216:
        acc ^= (acc << 2) | in;
        *state = in < 100 ? 12 : in < 200 ? 48 : 153;
        break;
    case 217:
        acc = acc * 31u + in + 382u;
        *state = 131;
        break;
    case 218:
        acc = (acc << 3) ^ (acc >> 13) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 219:
        acc ^= (acc << 1) | in;
        *state = (in & 1) ? 94 : 87;
        break;
    case 220:
        acc ^= (acc << 5) | in;
        *state = in < 100 ? 9 : in < 200 ? 153 : 187;
        break;
    case 221:
        acc = (acc << 3) ^ (acc >> 1) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 222:
        acc ^= (acc << 10) | in;
        *state = (in & 1) ? 79 : 19;
        break;
    case 223:
        acc = (acc << 3) ^ (acc >> 8) ^ in;
        /* fall through */
    case 224:
        acc += (uint32_t)in * 680u;
        *state = (in & 1) ? 140 : 39;
        break;
    case 225:
        acc -= in ^ 168u;
        *state = 101;
        break;
    case 226:
        acc -= in ^ 315u;
        *state = (int)((acc + in) % 240u);
        break;
    case 227:
        acc += (uint32_t)in * 427u;
        *state = (int)((acc + in) % 240u);
        break;
    case 228:
        acc -= in ^ 202u;
        *state = in < 100 ? 100 : in < 200 ? 186 : 103;
        break;
    case 229:
        acc = acc * 31u + in + 445u;
        *state = (in & 1) ? 230 : 40;
        break;
    case 230:
        acc = (acc << 3) ^ (acc >> 2) ^ in;
        *state = (int)((acc + in) % 240u);
        break;
    case 231:
        acc += (uint32_t)in * 792u;
        *state = (in & 1) ? 41 : 33;
        break;
    case 232:
        acc = acc * 2654435761u + 146u;
        /* fall through */
    case 233:
        acc = acc * 2654435761u + 950u;
        *state = in < 100 ? 94 : in < 200 ? 188 : 129;
        break;
    case 234:
        acc ^= (acc << 6) | in;
        *state = in < 100 ? 72 : in < 200 ? 41 : 133;
        break;
    case 235:
        acc = acc * 31u + in + 112u;
        *state = in < 100 ? 98 : in < 200 ? 125 : 192;
        break;
    case 236:
        acc = (acc >> 3) + in * 7u;
        /* fall through */
    case 237:
        acc = acc * 2654435761u + 949u;
        *state = in < 100 ? 162 : in < 200 ? 99 : 22;
        break;
    case 238:
        acc -= in ^ 805u;
        *state = 219;
        break;
    case 239:
        acc ^= (acc << 8) | in;
        *state = (in & 1) ? 46 : 144;
        break;
    default:
        *state = 0;
        acc = ~acc;
        break;
    }
    return acc;
}

static uint32_t lcg = 2463534242u;
static unsigned char next_byte(void) { lcg = lcg * 1664525u + 1013904223u; return (unsigned char)(lcg >> 24); }

int main(void) {
    int state = 0;
    uint32_t acc = 1;
    int visits[240] = { 0 };
    for (int i = 0; i < 200000; i++) {
        acc = step(&state, acc, next_byte());
        visits[state]++;
        if (i % 40000 == 39999) printf("after %d steps: state %d acc %08x\n", i + 1, state, (unsigned)acc);
    }
    int distinct = 0, most = 0;
    for (int s = 0; s < 240; s++) { if (visits[s]) distinct++; if (visits[s] > visits[most]) most = s; }
    printf("distinct states visited %d, most visited %d (%d times)\n", distinct, most, visits[most]);
    const char *text = "the quick brown fox jumps over the lazy dog";
    state = 0; acc = 0;
    for (size_t i = 0; i < strlen(text); i++) acc = step(&state, acc, (unsigned char)text[i]);
    printf("text: state %d acc %08x\n", state, (unsigned)acc);
    state = 245; acc = 5;
    acc = step(&state, acc, 1);
    printf("default branch: state %d acc %08x\n", state, (unsigned)acc);
    return 0;
}
