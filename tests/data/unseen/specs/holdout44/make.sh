#!/bin/bash
# Rebuild this set (see ../make_set.sh).
exec "$(dirname "$0")/../make_set.sh" "$(dirname "$0")"
