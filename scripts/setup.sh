# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not run.

AKKOORD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AKKOORD_BUILD="${AKKOORD_BUILD:-$AKKOORD_ROOT/build}"

# Debian packages the build, the tests and the desktop program need.
AKKOORD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libsqlite3-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    catch2 clang clang-format libclang-rt-14-dev poppler-utils
    help2man lintian desktop-file-utils appstream dpkg-dev file
    xvfb xauth xdotool dbus-daemon at-spi2-core python3-pyatspi gir1.2-atspi-2.0
    libqt6sql6-psql postgresql postgresql-common
)

akkoord_install_missing() {
    local missing=()
    local pkg
    for pkg in "${AKKOORD_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "These packages are missing and sudo is not available: ${missing[*]}" >&2
            echo "Ask your administrator to install them, then run this again." >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Prints every package the install list brings: the list's closure over Depends and Pre-Depends,
# installed packages only (Recommends are not installed above). Arguments are packages to leave
# out of the list, for the guards' own tests.
akkoord_install_closure() {
    local packages=() pkg
    for pkg in "${AKKOORD_PACKAGES[@]}"; do
        [[ " $* " == *" $pkg "* ]] || packages+=("$pkg")
    done
    apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
        --no-breaks --no-replaces --no-enhances "${packages[@]}" 2>/dev/null | grep -v '^ ' | tr -d '<>' | sort -u
}

# The Debian package that installed PATH (dpkg knows a path as installed; try it before symlinks
# are resolved).
akkoord_package_of() {
    local candidate found
    for candidate in "$1" "$(readlink -f "$1")"; do
        found="$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1 | cut -d, -f1)" || true
        [ -n "$found" ] && { echo "$found"; return 0; }
    done
    return 1
}

akkoord_build() {
    local generator=()
    [ -f "$AKKOORD_BUILD/CMakeCache.txt" ] || generator=(-G Ninja)
    cmake -S "$AKKOORD_ROOT" -B "$AKKOORD_BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$AKKOORD_BUILD" --parallel "$(nproc)"
}
