#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{a as r}from"./chunk-6B3XLHHH.mjs";var o=["error","warn","info","debug"],f=new Set,L=g(process.env.MLFLOW_SKILL_LOG_LEVEL),N=r(n=>process.stderr.write(`${n}
`),"sink");function g(n){let t=n?.trim().toLowerCase(),e=o.find(c=>c===t);return e||(t&&process.stderr.write(`warn: MLFLOW_SKILL_LOG_LEVEL=${JSON.stringify(n)} is not one of ${o.join(", ")}; using info.
`),"info")}r(g,"readLevel");function p(n){n!==void 0&&n.length>=3&&f.add(n)}r(p,"registerSecret");function s(n){let t=n;for(let e of f)t=t.split(e).join("***");return t}r(s,"maskSecrets");function i(n,t){if(o.indexOf(n)>o.indexOf(L))return;let e=n==="info"?"":`${n}: `;N(s(`${e}${t}`))}r(i,"emit");var I={error:r(n=>i("error",n),"error"),warn:r(n=>i("warn",n),"warn"),info:r(n=>i("info",n),"info"),debug:r(n=>i("debug",n),"debug")};function d(n){return JSON.stringify(n,(t,e)=>typeof e!="number"||Number.isFinite(e)?e:Number.isNaN(e)?"NaN":e>0?"Infinity":"-Infinity")}r(d,"encodeJson");var u=17976931348623157e292;function w(n){return typeof n=="number"?n===u?Number.POSITIVE_INFINITY:n===-u?Number.NEGATIVE_INFINITY:n:n==="NaN"?Number.NaN:n==="Infinity"?Number.POSITIVE_INFINITY:n==="-Infinity"?Number.NEGATIVE_INFINITY:typeof n=="string"&&n.trim()!==""&&Number.isFinite(Number(n))?Number(n):Number.NaN}r(w,"decodeMetricValue");function y(n){if(typeof n=="number")return n;if(typeof n=="string"&&/^-?\d+$/.test(n))return Number(n)}r(y,"decodeInt64");function k(n){process.stdout.write(`${s(d(n))}
`)}r(k,"printJson");function O(n){process.stdout.write(`${s(n.endsWith(`
`)?n:`${n}
`)}`)}r(O,"printText");export{p as a,s as b,I as c,d,w as e,y as f,k as g,O as h};
