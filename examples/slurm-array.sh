#!/usr/bin/env bash
# newslens over a corpus as a Slurm job array (docs/SCALE.md): task K of N analyses the articles
# whose id hashes to shard K (`batch --shard K/N`), with no coordination between tasks.
#
#   sbatch --array=1-8 examples/slurm-array.sh corpus.jsonl out 8
#   npx newslens merge out --input corpus.jsonl -o analyses.jsonl --tables tables
#
# N is passed, not read from Slurm: rerunning one failed task (`sbatch --array=3 … 8`) is an
# array of one, yet it is still shard 3 of 8. Every task runs with --resume, so a rerun carries
# on from what the failed run wrote (a cut-off last line is mended) instead of starting again.
# `newslens merge` lists the ids of any task that has not finished.
#
# Outside Slurm, the task number K is a fourth argument (docs/SCALE.md runs it with GNU parallel):
#   examples/slurm-array.sh corpus.jsonl out 8 3
#
#SBATCH --job-name=newslens
#SBATCH --cpus-per-task=2
#SBATCH --mem-per-cpu=1G
#SBATCH --time=12:00:00
#SBATCH --output=newslens-%A_%a.log
set -euo pipefail
usage='usage: sbatch --array=1-N slurm-array.sh CORPUS OUTDIR N, or slurm-array.sh CORPUS OUTDIR N K'
corpus=${1:?$usage}
outdir=${2:?$usage}
shards=${3:?$usage}
task=${4:-${SLURM_ARRAY_TASK_ID:?not a Slurm array task, and no K: $usage}}
# How to run newslens: an installed package by default (a cluster may need `module load nodejs`
# first); NEWSLENS="node /path/to/newslens/dist/cli.js" runs a clone.
newslens=${NEWSLENS:-npx --no-install newslens}

dir="$outdir/shard-$task"
mkdir -p "$dir"
status=0
# shellcheck disable=SC2086 # $newslens is a command and its arguments
$newslens batch "$corpus" --shard "$task/$shards" --jobs "${SLURM_CPUS_PER_TASK:-1}" \
  --out "$dir/analyses.jsonl" --tables "$dir" --resume || status=$?
# Status 1 means some records failed: they are error lines in the output, and the task is done.
if [ "$status" -gt 1 ]; then exit "$status"; fi
