#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{a as e}from"./chunks/chunk-R3AVYXKU.mjs";import{a as t}from"./chunks/chunk-BLH6WCEB.mjs";import"./chunks/chunk-CTUINUCQ.mjs";import"./chunks/chunk-6QBD3E3G.mjs";import"./chunks/chunk-6B3XLHHH.mjs";var i=`create_experiment: create an MLflow experiment, or find the one that has the name.

Usage:
  create_experiment --name NAME [--description TEXT] [--tags JSON] [--artifact-location URI]
                    [--restore] [--format table|json]

Flags:
  -n, --name NAME           the experiment's name (required, at most 500 characters)
  --description TEXT        stored as the experiment tag mlflow.note.content (the UI shows it)
  --tags JSON               experiment tags, a JSON object or @file.json: '{"team": "quant"}'
  --artifact-location URI   where its runs' artifacts go (default: the server's choice)
  --restore                 if a deleted experiment holds the name, restore it
  --format table|json       output on stdout (default table)
  -h, --help                this help

Behaviour (safe to run twice):
  no experiment has the name   it is created with the description, tags and location given
  an active one has it         it is returned unchanged (exit 0, action "exists"); differing
                               description, tags or location are listed, never overwritten
  a deleted one has it         MLflow keeps the name taken: exit 2 saying so, unless --restore
                               is given, which restores it with its runs (action "restored")

${e}

Output (--format json): one object on stdout with
  status "ok", action ("created", "exists" or "restored"), created (true or false),
  experiment {experiment_id, name, artifact_location, lifecycle_stage, creation_time,
  last_update_time, tags}, experiment_url, not_applied (what differed and was left as is).
  On failure: status "error" and error {type, message, next_step}; for a deleted experiment
  also details {experiment_id, name, lifecycle_stage}.

Exit codes:
  0 created, found or restored; 1 internal error (a bug); 2 bad usage or input, or the name
  is held by a deleted experiment (pass --restore); 3 configuration, connection,
  authentication or server failure.
`;await t(i,async a=>{let{createExperimentCommand:r}=await import("./chunks/create-experiment-HQ3J7ZWW.mjs");await r(a)});
