#!/bin/bash
# A resalign corpus build on Slurm: plan once, align N shards as a job
# array, merge when every shard succeeded.
#
#   docs/slurm/submit.sh <corpus-folder> <work-folder> <shards>
#
# The work folder must be on storage every node sees. RESALIGN names the
# command (default: resalign). Prints the merge job's id.
set -euo pipefail
corpus=${1:?usage: submit.sh corpus-folder work-folder shards}
work=${2:?usage: submit.sh corpus-folder work-folder shards}
n=${3:?usage: submit.sh corpus-folder work-folder shards}
here=$(cd "$(dirname "$0")" && pwd)
resalign=${RESALIGN:-resalign}
mkdir -p "$work/shards"
plan=$(sbatch --parsable --job-name=resalign-plan --output="$work/plan.log" \
  --wrap="$resalign corpus plan '$corpus' -o '$work/plan.json' --quiet")
array=$(sbatch --parsable --dependency=afterok:$plan --array=1-"$n" --chdir="$work" \
  --export=ALL,RESALIGN="$resalign" "$here/resalign-shard.sbatch" "$work/plan.json" "$work/shards")
sbatch --parsable --dependency=afterok:$array --job-name=resalign-merge --output="$work/merge.log" \
  --wrap="$resalign corpus merge '$work'/shards/* -o '$work/corpus' --quiet"
