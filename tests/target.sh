# Sourced by the suites that also test a cross target. MICA_TARGET (empty: the host, x86_64)
# picks the target; this sets
#   TARGET_FLAGS  array: mica's options for it (--target=...)
#   TARGET_RUN    array: the prefix that runs one of its executables (qemu-aarch64), or empty
#   TARGET_CC     array: gcc for the target (the oracle; cross builds are static)
#   TARGET_TAG    what a test's name starts with ("aarch64/"), empty for the host
#   TARGET_ARCH   the architecture (x86_64, aarch64)
#   TARGET_SLOW   how many times longer its programs take to run (emulation): scales timeouts
# and exits 0 (with a FAIL line) for a target the suites do not know.
case ${MICA_TARGET:-} in
    "" | x86_64 | x86_64-linux)
        TARGET_FLAGS=() TARGET_RUN=() TARGET_CC=(gcc) TARGET_TAG= TARGET_ARCH=x86_64 TARGET_SLOW=1 ;;
    aarch64 | aarch64-linux)
        TARGET_FLAGS=(--target=aarch64-linux) TARGET_RUN=(qemu-aarch64) TARGET_CC=(aarch64-linux-gnu-gcc -static)
        TARGET_TAG=aarch64/ TARGET_ARCH=aarch64 TARGET_SLOW=4 ;;
    *)
        echo "FAIL target: MICA_TARGET=$MICA_TARGET is not a target the test suites know"
        exit 0 ;;
esac
