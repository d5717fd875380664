#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{a as s}from"./chunk-6B3XLHHH.mjs";var o={success:0,internal:1,usageOrInput:2,server:3},r=class extends Error{static{s(this,"SkillError")}problem;nextStep;exitCode;constructor(t,e,x,a){super(`${t} ${e}`.trim(),a),this.name=new.target.name,this.problem=t,this.nextStep=e,this.exitCode=x}},i=class extends r{static{s(this,"UsageError")}constructor(t,e){super(t,e,o.usageOrInput)}},p=class extends r{static{s(this,"InputError")}constructor(t,e){super(t,e,o.usageOrInput)}},c=class extends r{static{s(this,"ConfigError")}constructor(t,e){super(t,e,o.server)}};export{o as a,r as b,i as c,p as d,c as e};
