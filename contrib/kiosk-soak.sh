#!/usr/bin/env bash
# Runs `ketaguide --kiosk` in tmux for a while with scripted visitors
# (questions, control keys, pastes, idle gaps that trigger resets) and reports
# whether it is still running and its resident memory at start and end.
# Usage: contrib/kiosk-soak.sh [SECONDS] [BINARY]
set -euo pipefail
duration=${1:-600}
binary=${2:-.build/debug/ketaguide}
# The tmux server's socket lives in a folder of its own, removed on exit,
# Ctrl-C or SIGTERM (tmux kill-server leaves its socket file behind).
folder=$(mktemp -d "${TMPDIR:-/tmp}/ketaguide-soak.XXXXXX")
socket="$folder/tmux.socket"
t() { tmux -S "$socket" "$@"; }
cleanup() {
    t kill-server 2>/dev/null || true
    rm -rf "$folder"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# A sleep bash can leave at once when a signal comes (a plain one delays the traps).
pause() { sleep "$1" & wait $!; }
t -f /dev/null new-session -d -s soak -x 80 -y 30 -- env LANG=C.UTF-8 "$binary" --kiosk --idle-timeout 3
pause 1
pid=$(pgrep -f -n -- "$binary --kiosk --idle-timeout 3")
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
start_rss=$(rss)
questions=("is ketamine addictive" "2" "what is spravato" "how much does it cost" "I want to end my life"
    "does it help ptsd" "tell me more" "/topics" "/source 1" "I have chest pain" "never mind" "/quit" "exit")
end=$((SECONDS + duration))
visitors=0
while [ $SECONDS -lt $end ]; do
    for question in "${questions[@]}"; do
        t send-keys -t soak -l "$question"; t send-keys -t soak Enter
        pause 0.2
    done
    t send-keys -t soak -l "half typed"; t send-keys -t soak C-c C-d C-z 'C-\'
    t send-keys -t soak -l "$(head -c 3000 /dev/zero | tr '\0' 'x')"; t send-keys -t soak Enter
    pause 4   # idle: the kiosk resets for the next visitor
    visitors=$((visitors + 1))
done
if kill -0 "$pid" 2>/dev/null; then
    echo "still running after ${duration}s and $visitors visitors; RSS start ${start_rss} kB, end $(rss) kB"
else
    echo "NOT RUNNING after ${duration}s"; exit 1
fi
