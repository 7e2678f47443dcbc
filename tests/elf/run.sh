#!/usr/bin/env bash
# Independent checks of the executables $MICA writes (see tests/elf/README.md).
#
# 1. Builds elfcheck and elfcorrupt with the host gcc against libelf (in a temp dir).
# 2. For every tests/elf/cases/NAME.c: compiles it with $MICA, then
#      elf-NAME-compile   $MICA succeeded and wrote an executable
#      elf-NAME-elfcheck  elfcheck accepts it (well-formed static executable)
#      elf-NAME-elflint   eu-elflint --gnu-ld --strict has nothing to say (minus the
#                         filtered messages below)
#      elf-NAME-readelf   readelf -a -W prints no warning or error
#      elf-NAME-objdump   objdump -d prints no warning or error
#      elf-NAME-run       it runs, exits 0 and prints exactly cases/NAME.expected
# 3. Checks that elfcheck really finds problems (elf-detect-*): a gcc -static build of
#    cases/tls.c and the ELF32/ELF64 big/little-endian fixtures in fixtures/ must pass,
#    and copies of them corrupted by elfcorrupt must be rejected with the right message.
# Prints PASS/FAIL lines, always exits 0.
# environment: MICA (default build/mica, relative to the repository root; may carry
#   options, e.g. MICA="gcc -static").
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
read -r -a MICA_CMD <<< "${MICA:-build/mica}"
case ${MICA_CMD[0]} in
    /*) ;;
    */*) MICA_CMD[0]=$ROOT/${MICA_CMD[0]} ;;
esac

TMP=$(mktemp -d /tmp/mica-elf.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

first_lines() { # FILE [N]: the first N (3) lines of FILE on one line
    head -n "${2:-3}" "$1" | tr '\n\t' '  ' | sed 's/  */ /g; s/ $//' | cut -c1-400
}
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; }

# ---------------------------------------------------------------- tools
tools_ok=1
for tool in elfcheck elfcorrupt; do
    if gcc -std=gnu11 -O2 -Wall -o "$TMP/$tool" "$HERE/$tool.c" -lelf > "$TMP/$tool.build" 2>&1; then
        pass "elf-build-$tool"
    else
        fail "elf-build-$tool" "$(first_lines "$TMP/$tool.build")"
        tools_ok=0
    fi
done
ELFCHECK=$TMP/elfcheck

# ---------------------------------------------------------------- eu-elflint
# eu-elflint messages that are irrelevant for a static executable without dynamic
# sections, and why. Everything else eu-elflint says is a failure.
elflint_irrelevant() { # MESSAGE FILE: succeeds if the message is to be ignored
    local msg=$1 file=$2
    # The success line.
    [[ $msg == "No errors" ]] && return 0
    # __ehdr_start is the linker-defined symbol for the ELF header itself, which static
    # startup code uses to find the program headers without a dynamic loader. No section
    # covers the ELF header, so it is out of bounds of whatever section st_shndx names by
    # construction (gcc -static output gets the same message; elflint only knows the
    # __init_array_start/__bss_start/... family of such symbols).
    [[ $msg =~ ^section\ \[\ *[0-9]+\]\ \'\.symtab\':\ symbol\ [0-9]+\ \(__ehdr_start\):\ st_value\ out\ of\ bounds$ ]] && return 0
    # elflint only counts PROGBITS sections when deciding whether a segment needs to be
    # writable, so a writable PT_LOAD that holds nothing but .bss (common in a small
    # static executable, which has no .dynamic/.got to put there) is reported. Ignored only
    # when that segment really has no file contents (p_filesz 0), i.e. holds only NOBITS.
    if [[ $msg =~ ^loadable\ segment\ \[([0-9]+)\]\ is\ writable\ but\ contains\ no\ writable\ sections$ ]]; then
        local filesz
        filesz=$(readelf -lW "$file" 2>/dev/null | awk '/^Program Headers:/ { on = 1; getline; n = 0; next }
            on && /^ *[A-Z]/ { if (n == '"${BASH_REMATCH[1]}"') { print $5; exit } n++ }')
        [[ -n $filesz ]] && (( filesz == 0 )) && return 0
    fi
    # For a TLS symbol of an executable elflint computes where its section starts in the TLS
    # image from file offsets (sh_offset - PT_TLS p_offset). For a SHT_NOBITS .tbss the file
    # offset means nothing: .tbss starts at its (aligned) address, and linkers, GNU ld
    # included, leave its sh_offset at the end of .tdata. When .tbss is more aligned than
    # .tdata's end the two disagree and elflint reports every .tbss symbol past the gap
    # (gcc -static output of cases/tls.c gets these). Ignored only in exactly that
    # situation; elfcheck checks TLS symbols against the section address instead.
    if [[ $msg =~ ^section\ \[\ *[0-9]+\]\ \'\.symtab\':\ symbol\ [0-9]+\ \([^\)]*\):?\ (does\ not\ fit\ completely\ in|st_value\ out\ of\ bounds\ of)\ referenced\ section\ \[\ *([0-9]+)\]\ \'[^\']*\'$ ]]; then
        local sec=${BASH_REMATCH[2]} stype saddr soff tvaddr toff
        read -r stype saddr soff < <(readelf -SW "$file" 2>/dev/null |
            sed -n "s/^ *\[ *$sec\] //p" | awk '{ print $2, $3, $4 }')
        read -r toff tvaddr < <(readelf -lW "$file" 2>/dev/null | awk '$1 == "TLS" { print $2, $3 }')
        if [[ $stype == NOBITS && -n $toff ]] &&
           (( 0x$soff - toff != 0x$saddr - tvaddr )); then
            return 0
        fi
    fi
    return 1
}

check_elflint() { # NAME FILE
    local name=$1 file=$2 line bad=()
    eu-elflint --gnu-ld --strict "$file" > "$TMP/elflint.out" 2>&1
    if ! [[ -s $TMP/elflint.out ]]; then
        # eu-elflint always prints something ("No errors" at least)
        fail "$name" "eu-elflint printed nothing (exit $?)"; return
    fi
    while IFS= read -r line; do
        [[ -z $line ]] && continue
        elflint_irrelevant "$line" "$file" || bad+=("$line")
    done < "$TMP/elflint.out"
    if (( ${#bad[@]} )); then
        fail "$name" "eu-elflint: ${bad[0]}$( (( ${#bad[@]} > 1 )) && echo " (and $(( ${#bad[@]} - 1 )) more)")"
    else
        pass "$name"
    fi
}

check_quiet_tool() { # NAME FILE TOOL ARGS...: the tool must succeed without stderr output
    local name=$1 file=$2 rc; shift 2
    "$@" "$file" > /dev/null 2> "$TMP/tool.err"; rc=$?
    if (( rc != 0 )); then
        fail "$name" "$1 exit $rc: $(first_lines "$TMP/tool.err" 2)"
    elif [[ -s $TMP/tool.err ]]; then
        fail "$name" "$1 says: $(first_lines "$TMP/tool.err" 2)"
    else
        pass "$name"
    fi
}

check_elfcheck() { # NAME FILE
    local name=$1 file=$2 rc
    if (( !tools_ok )); then fail "$name" "elfcheck was not built"; return; fi
    "$ELFCHECK" "$file" > "$TMP/elfcheck.out" 2>&1; rc=$?
    if (( rc == 0 )); then pass "$name"; return; fi
    local n; n=$(grep -c . "$TMP/elfcheck.out")
    fail "$name" "elfcheck (exit $rc): $(grep -v ' problems\?$' "$TMP/elfcheck.out" | head -3 | sed "s#^$file: ##" | tr '\n' ';' | sed 's/;$//')$( (( n > 4 )) && echo " ... ($((n - 1)) problems)")"
}

# ---------------------------------------------------------------- the cases
for src in "$HERE"/cases/*.c; do
    c=$(basename "$src" .c)
    exe=$TMP/$c
    checks=(elfcheck elflint readelf objdump run)
    timeout 120 "${MICA_CMD[@]}" "$src" -o "$exe" > "$TMP/$c.compile" 2>&1; rc=$?
    if (( rc != 0 )) || [[ ! -f $exe ]]; then
        if (( rc == 124 )); then why="timeout (120 s)"
        elif (( rc != 0 )); then why="exit $rc: $(first_lines "$TMP/$c.compile")"
        else why="exit 0 but no executable written"; fi
        fail "elf-$c-compile" "$why"
        for k in "${checks[@]}"; do fail "elf-$c-$k" "not compiled"; done
        continue
    fi
    pass "elf-$c-compile"
    check_elfcheck "elf-$c-elfcheck" "$exe"
    check_elflint "elf-$c-elflint" "$exe"
    check_quiet_tool "elf-$c-readelf" "$exe" readelf -a -W
    check_quiet_tool "elf-$c-objdump" "$exe" objdump -d
    (cd "$TMP" && timeout 10 "$exe" > "$TMP/$c.out" 2> "$TMP/$c.err"); rc=$?
    if (( rc != 0 )); then
        if (( rc == 124 )); then why="timeout (10 s)"
        elif (( rc > 128 )); then why="killed by signal $((rc - 128)) ($(kill -l $((rc - 128)) 2>/dev/null))"
        else why="exit status $rc"; fi
        fail "elf-$c-run" "$why$([[ -s $TMP/$c.err ]] && echo ": $(first_lines "$TMP/$c.err" 2)")"
    elif ! cmp -s "$TMP/$c.out" "$HERE/cases/$c.expected"; then
        ln=$(cmp "$TMP/$c.out" "$HERE/cases/$c.expected" 2>&1 | sed -n 's/.* line \([0-9]*\)$/\1/p')
        ln=${ln:-1}
        fail "elf-$c-run" "output differs at line $ln: got '$(sed -n "${ln}p" "$TMP/$c.out")', expected '$(sed -n "${ln}p" "$HERE/cases/$c.expected")'"
    else
        pass "elf-$c-run"
    fi
done

# ---------------------------------------------------------------- elfcheck finds problems
# mode -> what elfcheck must say about it (extended regex)
declare -A EXPECT=(
    [text-writable]='writable and executable'
    [data-exec]='writable and executable'
    [rodata-writable]='holds \.rodata but is RW-'
    [offset-align]='p_offset 0x[0-9a-f]+ % p_align'
    [entry-in-data]='e_entry 0x[0-9a-f]+ is in a non-executable PT_LOAD'
    [entry-outside]='e_entry 0x[0-9a-f]+ is not inside the file-backed part of any PT_LOAD'
    [func-size]='function \[.*\) runs past the end of its section'
    [object-in-text]='object in section .* not a data section'
    [filesz-gt-memsz]='p_filesz 0x[0-9a-f]+ > p_memsz'
    [load-overlap]='overlaps the previous PT_LOAD'
    [load-unsorted]='not sorted'
    [exec-stack]='executable stack'
    [no-tls]='there is no PT_TLS segment'
    [tls-short]='\(\.tbss\).* is not covered by PT_TLS'
    [tls-misaligned]='PT_TLS p_vaddr 0x[0-9a-f]+ is not a multiple of its p_align'
    [bss-progbits]='\(\.bss\): not SHT_NOBITS'
    [symtab-info]='sh_info is [0-9]+ but the first non-local symbol is'
    [late-local]='local symbol after the first non-local one'
    [symtab-link]="sh_link points at '\\.shstrtab'"
    [start-moved]='_start is 0x[0-9a-f]+ but e_entry is'
    [shstrtab-unterminated]='\.shstrtab\): string table does not end with a NUL'
    [section-overlap]='file overlap'
    [machine-class]='requires ELFCLASS'
    [type-dyn]='not ET_EXEC'
)
# the modes also tried on the fixtures of other classes and byte orders
FIXTURE_MODES=(text-writable offset-align entry-in-data func-size tls-short tls-misaligned symtab-info start-moved)

detect() { # NAME BASE MODE
    local name=$1 base=$2 mode=$3 rc
    if (( !tools_ok )); then fail "$name" "tools were not built"; return; fi
    "$TMP/elfcorrupt" "$base" "$TMP/corrupt" "$mode" 2> "$TMP/corrupt.err"; rc=$?
    if (( rc != 0 )); then fail "$name" "elfcorrupt exit $rc: $(first_lines "$TMP/corrupt.err" 1)"; return; fi
    "$ELFCHECK" "$TMP/corrupt" > "$TMP/detect.out" 2>&1; rc=$?
    if (( rc == 0 )); then
        fail "$name" "elfcheck accepted the corrupted file"
    elif ! grep -Eq -- "${EXPECT[$mode]}" "$TMP/detect.out"; then
        fail "$name" "elfcheck (exit $rc) did not report /${EXPECT[$mode]}/: $(head -2 "$TMP/detect.out" | tr '\n' ';')"
    else
        pass "$name"
    fi
}

base=$TMP/gcc-static
if gcc -static -O0 -w "$HERE/cases/tls.c" -o "$base" > "$TMP/base.err" 2>&1; then
    check_elfcheck "elf-detect-baseline-gcc-static" "$base"
    while read -r mode; do
        detect "elf-detect-$mode" "$base" "$mode"
    done < <( (( tools_ok )) && "$TMP/elfcorrupt" --list || printf '%s\n' "${!EXPECT[@]}" | sort)
else
    fail "elf-detect-baseline-gcc-static" "gcc -static failed: $(first_lines "$TMP/base.err")"
fi
for fx in "$HERE"/fixtures/*.elf; do
    arch=$(basename "$fx" .elf)
    check_elfcheck "elf-detect-baseline-$arch" "$fx"
    for mode in "${FIXTURE_MODES[@]}"; do detect "elf-detect-$arch-$mode" "$fx" "$mode"; done
done
exit 0
