#!/bin/sh
# Turns one recorded clip into what a voice set expects: WAV 16 kHz mono 16-bit, leading and
# trailing silence trimmed, peak-normalised to -2 dBFS, a 50 ms tail. Needs sox.
#
#   scripts/voice/prepare-recording.sh raw/ba.wav apps/display/public/voice/my-office/ba.wav
#
# Trim threshold: 1 % by default (recordings have more room noise than espeak); raise it with
# TRIM=2% if the trimmed clip still starts with noise, lower it if a soft start is cut off.
set -eu
if [ "$#" -ne 2 ]; then
  echo "usage: $0 <recording> <clip-id>.wav" >&2
  exit 2
fi
TRIM="${TRIM:-1%}"
sox -D "$1" -r 16000 -c 1 -b 16 "$2" \
  silence 1 0.02 "$TRIM" reverse silence 1 0.02 "$TRIM" reverse \
  gain -n -2 pad 0.01 0.05
