#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{a as o}from"./chunk-6B3XLHHH.mjs";import{homedir as s}from"node:os";import{join as e,resolve as i}from"node:path";var c="3.17.2",l=[`mlflow[auth]==${c}`];function t(r=process.env){if(r.MLFLOW_SKILL_HOME?.trim())return i(r.MLFLOW_SKILL_HOME);let n=r.XDG_DATA_HOME?.trim()||e(s(),".local","share");return e(n,"mlflow-tracking")}o(t,"skillHome");function L(r){return e(t(r),"venvs")}o(L,"venvsDir");function a(r){return e(t(r),"server")}o(a,"defaultServerDataDir");export{c as a,l as b,t as c,L as d,a as e};
