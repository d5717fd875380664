#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{d as sr}from"./chunk-6QBD3E3G.mjs";import{a as o,c as s,e as Fe}from"./chunk-6B3XLHHH.mjs";var Qe=s((qv,Ze)=>{"use strict";var r0=typeof Object.defineProperty=="function"?Object.defineProperty:null;Ze.exports=r0});var rt=s((_v,Je)=>{"use strict";var e0=Qe();function t0(){try{return e0({},"x",{}),!0}catch{return!1}}o(t0,"hasDefinePropertySupport");Je.exports=t0});var tt=s((Sv,et)=>{"use strict";var n0=Object.defineProperty;et.exports=n0});var Cr=s((Rv,nt)=>{"use strict";function o0(r){return typeof r=="number"}o(o0,"isNumber");nt.exports=o0});var xr=s((Ev,at)=>{"use strict";function a0(r){return r[0]==="-"}o(a0,"startsWithMinus");function ot(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}o(ot,"zeros");function i0(r,e,t){var n=!1,a=e-r.length;return a<0||(a0(r)&&(n=!0,r=r.substr(1)),r=t?r+ot(a):ot(a)+r,n&&(r="-"+r)),r}o(i0,"zeroPad");at.exports=i0});var lt=s((Ov,ut)=>{"use strict";var s0=Cr(),it=xr(),u0=String.prototype.toLowerCase,st=String.prototype.toUpperCase;function l0(r){var e,t,n;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,n=parseInt(t,10),!isFinite(n)){if(!s0(t))throw new Error("invalid integer. Value: "+t);n=0}return n<0&&(r.specifier==="u"||e!==10)&&(n=4294967295+n+1),n<0?(t=(-n).toString(e),r.precision&&(t=it(t,r.precision,r.padRight)),t="-"+t):(t=n.toString(e),!n&&!r.precision?t="":r.precision&&(t=it(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===st.call(r.specifier)?st.call(t):u0.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}o(l0,"formatInteger");ut.exports=l0});var ft=s((Dv,ct)=>{"use strict";function c0(r){return typeof r=="string"}o(c0,"isString");ct.exports=c0});var vt=s((Lv,pt)=>{"use strict";var f0=Math.abs,m0=String.prototype.toLowerCase,mt=String.prototype.toUpperCase,D=String.prototype.replace,p0=/e\+(\d)$/,v0=/e-(\d)$/,y0=/^(\d+)$/,d0=/^(\d+)e/,h0=/\.0$/,g0=/\.0*e/,A0=/(\..*[^0])0*e/;function b0(r,e){var t,n;switch(e.specifier){case"e":case"E":n=r.toExponential(e.precision);break;case"f":case"F":n=r.toFixed(e.precision);break;case"g":case"G":f0(r)<1e-4?(t=e.precision,t>0&&(t-=1),n=r.toExponential(t)):n=r.toPrecision(e.precision),e.alternate||(n=D.call(n,A0,"$1e"),n=D.call(n,g0,"e"),n=D.call(n,h0,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return n=D.call(n,p0,"e+0$1"),n=D.call(n,v0,"e-0$1"),e.alternate&&(n=D.call(n,y0,"$1."),n=D.call(n,d0,"$1.e")),r>=0&&e.sign&&(n=e.sign+n),n=e.specifier===mt.call(e.specifier)?mt.call(n):m0.call(n),n}o(b0,"formatDouble");pt.exports=b0});var ht=s((Cv,dt)=>{"use strict";function yt(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}o(yt,"spaces");function N0(r,e,t){var n=e-r.length;return n<0||(r=t?r+yt(n):yt(n)+r),r}o(N0,"spacePad");dt.exports=N0});var At=s((Wv,gt)=>{"use strict";var F0=lt(),q0=ft(),_0=Cr(),w0=vt(),S0=ht(),R0=xr(),M0=String.fromCharCode,E0=Array.isArray;function gr(r){return r!==r}o(gr,"isnan");function I0(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}o(I0,"initialize");function O0(r){var e,t,n,a,i,u,l,c,f,m;if(!E0(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(u="",l=1,f=0;f<r.length;f++)if(n=r[f],q0(n))u+=n;else{if(e=n.precision!==void 0,n=I0(n),!n.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+f+"`. Value: `"+n+"`.");for(n.mapping&&(l=n.mapping),t=n.flags,m=0;m<t.length;m++)switch(a=t.charAt(m),a){case" ":n.sign=" ";break;case"+":n.sign="+";break;case"-":n.padRight=!0,n.padZeros=!1;break;case"0":n.padZeros=t.indexOf("-")<0;break;case"#":n.alternate=!0;break;default:throw new Error("invalid flag: "+a)}if(n.width==="*"){if(n.width=parseInt(arguments[l],10),l+=1,gr(n.width))throw new TypeError("the argument for * width at position "+l+" is not a number. Value: `"+n.width+"`.");n.width<0&&(n.padRight=!0,n.width=-n.width)}if(e&&n.precision==="*"){if(n.precision=parseInt(arguments[l],10),l+=1,gr(n.precision))throw new TypeError("the argument for * precision at position "+l+" is not a number. Value: `"+n.precision+"`.");n.precision<0&&(n.precision=1,e=!1)}switch(n.arg=arguments[l],n.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(n.padZeros=!1),n.arg=F0(n);break;case"s":n.maxWidth=e?n.precision:-1,n.arg=String(n.arg);break;case"c":if(!gr(n.arg)){if(i=parseInt(n.arg,10),i<0||i>127)throw new Error("invalid character code. Value: "+n.arg);n.arg=gr(i)?String(n.arg):M0(i)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(n.precision=6),c=parseFloat(n.arg),!isFinite(c)){if(!_0(n.arg))throw new Error("invalid floating-point number. Value: "+u);c=n.arg,n.padZeros=!1}n.arg=w0(c,n);break;default:throw new Error("invalid specifier: "+n.specifier)}n.maxWidth>=0&&n.arg.length>n.maxWidth&&(n.arg=n.arg.substring(0,n.maxWidth)),n.padZeros?n.arg=R0(n.arg,n.width||n.precision,n.padRight):n.width&&(n.arg=S0(n.arg,n.width,n.padRight)),u+=n.arg||"",l+=1}return u}o(O0,"formatInterpolate");gt.exports=O0});var Nt=s((Yv,bt)=>{"use strict";var P0=At();bt.exports=P0});var qt=s((Hv,Ft)=>{"use strict";var Ar=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function D0(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}o(D0,"parse");function U0(r){var e,t,n,a;for(t=[],a=0,n=Ar.exec(r);n;)e=r.slice(a,Ar.lastIndex-n[0].length),e.length&&t.push(e),n[6]==="%"?t.push("%"):t.push(D0(n)),a=Ar.lastIndex,n=Ar.exec(r);return e=r.slice(a),e.length&&t.push(e),t}o(U0,"formatTokenize");Ft.exports=U0});var wt=s((Bv,_t)=>{"use strict";var L0=qt();_t.exports=L0});var Rt=s((Xv,St)=>{"use strict";function T0(r){return typeof r=="string"}o(T0,"isString");St.exports=T0});var It=s((Vv,Et)=>{"use strict";var C0=Nt(),x0=wt(),W0=Rt();function Mt(r){var e,t;if(!W0(r))throw new TypeError(Mt("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[x0(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return C0.apply(null,e)}o(Mt,"format");Et.exports=Mt});var Pt=s((jv,Ot)=>{"use strict";var k0=It();Ot.exports=k0});var xt=s((Kv,Ct)=>{"use strict";var Dt=Pt(),B=Object.prototype,Ut=B.toString,Lt=B.__defineGetter__,Tt=B.__defineSetter__,Y0=B.__lookupGetter__,H0=B.__lookupSetter__;function G0(r,e,t){var n,a,i,u;if(typeof r!="object"||r===null||Ut.call(r)==="[object Array]")throw new TypeError(Dt("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||Ut.call(t)==="[object Array]")throw new TypeError(Dt("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(a="value"in t,a&&(Y0.call(r,e)||H0.call(r,e)?(n=r.__proto__,r.__proto__=B,delete r[e],r[e]=t.value,r.__proto__=n):r[e]=t.value),i="get"in t,u="set"in t,a&&(i||u))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return i&&Lt&&Lt.call(r,e,t.get),u&&Tt&&Tt.call(r,e,t.set),r}o(G0,"defineProperty");Ct.exports=G0});var kt=s((Qv,Wt)=>{"use strict";var B0=rt(),X0=tt(),$0=xt(),Wr;B0()?Wr=X0:Wr=$0;Wt.exports=Wr});var Ht=s((Jv,Yt)=>{"use strict";var V0=kt();function z0(r,e,t){V0(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}o(z0,"setNonEnumerableReadOnly");Yt.exports=z0});var U=s((ey,Gt)=>{"use strict";var j0=Ht();Gt.exports=j0});var Xt=s((ty,Bt)=>{"use strict";function K0(r){return r!==r}o(K0,"isnan");Bt.exports=K0});var b=s((oy,$t)=>{"use strict";var Z0=Xt();$t.exports=Z0});var zt=s((ay,Vt)=>{"use strict";var Q0=Math.floor;Vt.exports=Q0});var Kt=s((iy,jt)=>{"use strict";var J0=zt();jt.exports=J0});var Qt=s((sy,Zt)=>{"use strict";var rl=Math.ceil;Zt.exports=rl});var rn=s((uy,Jt)=>{"use strict";var el=Qt();Jt.exports=el});var tn=s((ly,en)=>{"use strict";var tl=Kt(),nl=rn();function ol(r){return r<0?nl(r):tl(r)}o(ol,"trunc");en.exports=ol});var on=s((fy,nn)=>{"use strict";var al=tn();nn.exports=al});var sn=s((my,an)=>{"use strict";an.exports=Number});var ln=s((py,un)=>{"use strict";var il=sn();un.exports=il});var L=s((vy,cn)=>{"use strict";var sl=ln(),ul=sl.NEGATIVE_INFINITY;cn.exports=ul});var X=s((yy,fn)=>{"use strict";var ll=Number.POSITIVE_INFINITY;fn.exports=ll});var br=s((dy,mn)=>{"use strict";var cl=1023;mn.exports=cl});var vn=s((hy,pn)=>{"use strict";var fl=1023;pn.exports=fl});var dn=s((gy,yn)=>{"use strict";var ml=-1023;yn.exports=ml});var gn=s((Ay,hn)=>{"use strict";var pl=-1074;hn.exports=pl});var bn=s((by,An)=>{"use strict";var vl=X(),yl=L();function dl(r){return r===vl||r===yl}o(dl,"isInfinite");An.exports=dl});var kr=s((Fy,Nn)=>{"use strict";var hl=bn();Nn.exports=hl});var qn=s((qy,Fn)=>{"use strict";var gl=2147483648;Fn.exports=gl});var wn=s((_y,_n)=>{"use strict";var Al=2147483647;_n.exports=Al});var Rn=s((wy,Sn)=>{"use strict";function bl(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}o(bl,"hasSymbolSupport");Sn.exports=bl});var En=s((Ry,Mn)=>{"use strict";var Nl=Rn();Mn.exports=Nl});var On=s((My,In)=>{"use strict";var Fl=En(),ql=Fl();function _l(){return ql&&typeof Symbol.toStringTag=="symbol"}o(_l,"hasToStringTagSupport");In.exports=_l});var Dn=s((Iy,Pn)=>{"use strict";var wl=On();Pn.exports=wl});var Yr=s((Oy,Un)=>{"use strict";var Sl=Object.prototype.toString;Un.exports=Sl});var Tn=s((Py,Ln)=>{"use strict";var Rl=Yr();function Ml(r){return Rl.call(r)}o(Ml,"nativeClass");Ln.exports=Ml});var xn=s((Uy,Cn)=>{"use strict";var El=Object.prototype.hasOwnProperty;function Il(r,e){return r==null?!1:El.call(r,e)}o(Il,"hasOwnProp");Cn.exports=Il});var kn=s((Ty,Wn)=>{"use strict";var Ol=xn();Wn.exports=Ol});var Hn=s((Cy,Yn)=>{"use strict";var Pl=typeof Symbol=="function"?Symbol:void 0;Yn.exports=Pl});var Bn=s((xy,Gn)=>{"use strict";var Dl=Hn();Gn.exports=Dl});var Vn=s((Wy,$n)=>{"use strict";var Xn=Bn(),Ul=typeof Xn=="function"?Xn.toStringTag:"";$n.exports=Ul});var jn=s((ky,zn)=>{"use strict";var Ll=kn(),tr=Vn(),Hr=Yr();function Tl(r){var e,t,n;if(r==null)return Hr.call(r);t=r[tr],e=Ll(r,tr);try{r[tr]=void 0}catch{return Hr.call(r)}return n=Hr.call(r),e?r[tr]=t:delete r[tr],n}o(Tl,"nativeClass");zn.exports=Tl});var nr=s((Hy,Kn)=>{"use strict";var Cl=Dn(),xl=Tn(),Wl=jn(),Gr;Cl()?Gr=Wl:Gr=xl;Kn.exports=Gr});var Qn=s((Gy,Zn)=>{"use strict";var kl=nr(),Yl=typeof Uint32Array=="function";function Hl(r){return Yl&&r instanceof Uint32Array||kl(r)==="[object Uint32Array]"}o(Hl,"isUint32Array");Zn.exports=Hl});var ro=s((Xy,Jn)=>{"use strict";var Gl=Qn();Jn.exports=Gl});var to=s(($y,eo)=>{"use strict";var Bl=4294967295;eo.exports=Bl});var oo=s((Vy,no)=>{"use strict";var Xl=typeof Uint32Array=="function"?Uint32Array:null;no.exports=Xl});var so=s((zy,io)=>{"use strict";var $l=ro(),Br=to(),ao=oo();function Vl(){var r,e;if(typeof ao!="function")return!1;try{e=[1,3.14,-3.14,Br+1,Br+2],e=new ao(e),r=$l(e)&&e[0]===1&&e[1]===3&&e[2]===Br-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}o(Vl,"hasUint32ArraySupport");io.exports=Vl});var lo=s((Ky,uo)=>{"use strict";var zl=so();uo.exports=zl});var fo=s((Zy,co)=>{"use strict";var jl=typeof Uint32Array=="function"?Uint32Array:void 0;co.exports=jl});var po=s((Qy,mo)=>{"use strict";function Kl(){throw new Error("not implemented")}o(Kl,"polyfill");mo.exports=Kl});var $=s((r3,vo)=>{"use strict";var Zl=lo(),Ql=fo(),Jl=po(),Xr;Zl()?Xr=Ql:Xr=Jl;vo.exports=Xr});var ho=s((e3,yo)=>{"use strict";var rc=nr(),ec=typeof Float64Array=="function";function tc(r){return ec&&r instanceof Float64Array||rc(r)==="[object Float64Array]"}o(tc,"isFloat64Array");yo.exports=tc});var Ao=s((n3,go)=>{"use strict";var nc=ho();go.exports=nc});var No=s((o3,bo)=>{"use strict";var oc=typeof Float64Array=="function"?Float64Array:null;bo.exports=oc});var _o=s((a3,qo)=>{"use strict";var ac=Ao(),Fo=No();function ic(){var r,e;if(typeof Fo!="function")return!1;try{e=new Fo([1,3.14,-3.14,NaN]),r=ac(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}o(ic,"hasFloat64ArraySupport");qo.exports=ic});var So=s((s3,wo)=>{"use strict";var sc=_o();wo.exports=sc});var Mo=s((u3,Ro)=>{"use strict";var uc=typeof Float64Array=="function"?Float64Array:void 0;Ro.exports=uc});var Io=s((l3,Eo)=>{"use strict";function lc(){throw new Error("not implemented")}o(lc,"polyfill");Eo.exports=lc});var V=s((f3,Oo)=>{"use strict";var cc=So(),fc=Mo(),mc=Io(),$r;cc()?$r=fc:$r=mc;Oo.exports=$r});var Do=s((m3,Po)=>{"use strict";var pc=nr(),vc=typeof Uint8Array=="function";function yc(r){return vc&&r instanceof Uint8Array||pc(r)==="[object Uint8Array]"}o(yc,"isUint8Array");Po.exports=yc});var Lo=s((v3,Uo)=>{"use strict";var dc=Do();Uo.exports=dc});var Co=s((y3,To)=>{"use strict";var hc=255;To.exports=hc});var Wo=s((d3,xo)=>{"use strict";var gc=typeof Uint8Array=="function"?Uint8Array:null;xo.exports=gc});var Ho=s((h3,Yo)=>{"use strict";var Ac=Lo(),Vr=Co(),ko=Wo();function bc(){var r,e;if(typeof ko!="function")return!1;try{e=[1,3.14,-3.14,Vr+1,Vr+2],e=new ko(e),r=Ac(e)&&e[0]===1&&e[1]===3&&e[2]===Vr-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}o(bc,"hasUint8ArraySupport");Yo.exports=bc});var Bo=s((A3,Go)=>{"use strict";var Nc=Ho();Go.exports=Nc});var $o=s((b3,Xo)=>{"use strict";var Fc=typeof Uint8Array=="function"?Uint8Array:void 0;Xo.exports=Fc});var zo=s((N3,Vo)=>{"use strict";function qc(){throw new Error("not implemented")}o(qc,"polyfill");Vo.exports=qc});var Ko=s((q3,jo)=>{"use strict";var _c=Bo(),wc=$o(),Sc=zo(),zr;_c()?zr=wc:zr=Sc;jo.exports=zr});var Qo=s((_3,Zo)=>{"use strict";var Rc=nr(),Mc=typeof Uint16Array=="function";function Ec(r){return Mc&&r instanceof Uint16Array||Rc(r)==="[object Uint16Array]"}o(Ec,"isUint16Array");Zo.exports=Ec});var ra=s((S3,Jo)=>{"use strict";var Ic=Qo();Jo.exports=Ic});var ta=s((R3,ea)=>{"use strict";var Oc=65535;ea.exports=Oc});var oa=s((M3,na)=>{"use strict";var Pc=typeof Uint16Array=="function"?Uint16Array:null;na.exports=Pc});var sa=s((E3,ia)=>{"use strict";var Dc=ra(),jr=ta(),aa=oa();function Uc(){var r,e;if(typeof aa!="function")return!1;try{e=[1,3.14,-3.14,jr+1,jr+2],e=new aa(e),r=Dc(e)&&e[0]===1&&e[1]===3&&e[2]===jr-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}o(Uc,"hasUint16ArraySupport");ia.exports=Uc});var la=s((O3,ua)=>{"use strict";var Lc=sa();ua.exports=Lc});var fa=s((P3,ca)=>{"use strict";var Tc=typeof Uint16Array=="function"?Uint16Array:void 0;ca.exports=Tc});var pa=s((D3,ma)=>{"use strict";function Cc(){throw new Error("not implemented")}o(Cc,"polyfill");ma.exports=Cc});var ya=s((L3,va)=>{"use strict";var xc=la(),Wc=fa(),kc=pa(),Kr;xc()?Kr=Wc:Kr=kc;va.exports=Kr});var ha=s((T3,da)=>{"use strict";var Yc=Ko(),Hc=ya(),Gc={uint16:Hc,uint8:Yc};da.exports=Gc});var Na=s((C3,ba)=>{"use strict";var ga=ha(),Aa;function Bc(){var r,e;return r=new ga.uint16(1),r[0]=4660,e=new ga.uint8(r.buffer),e[0]===52}o(Bc,"isLittleEndian");Aa=Bc();ba.exports=Aa});var z=s((W3,Fa)=>{"use strict";var Xc=Na();Fa.exports=Xc});var wa=s((k3,_a)=>{"use strict";var $c=z(),qa,Zr,Qr;$c===!0?(Zr=1,Qr=0):(Zr=0,Qr=1);qa={HIGH:Zr,LOW:Qr};_a.exports=qa});var Jr=s((Y3,Ea)=>{"use strict";var Vc=$(),zc=V(),Ra=wa(),Ma=new zc(1),Sa=new Vc(Ma.buffer),jc=Ra.HIGH,Kc=Ra.LOW;function Zc(r,e,t,n){return Ma[0]=r,e[n]=Sa[jc],e[n+t]=Sa[Kc],e}o(Zc,"toWords");Ea.exports=Zc});var Oa=s((G3,Ia)=>{"use strict";var Qc=Jr();function Jc(r){return Qc(r,[0,0],1,0)}o(Jc,"toWords");Ia.exports=Jc});var re=s((X3,Da)=>{"use strict";var rf=U(),Pa=Oa(),ef=Jr();rf(Pa,"assign",ef);Da.exports=Pa});var La=s(($3,Ua)=>{"use strict";var tf=z(),ee;tf===!0?ee=1:ee=0;Ua.exports=ee});var xa=s((V3,Ca)=>{"use strict";var nf=$(),of=V(),af=La(),Ta=new of(1),sf=new nf(Ta.buffer);function uf(r){return Ta[0]=r,sf[af]}o(uf,"getHighWord");Ca.exports=uf});var Nr=s((j3,Wa)=>{"use strict";var lf=xa();Wa.exports=lf});var Ha=s((K3,Ya)=>{"use strict";var cf=z(),ka,te,ne;cf===!0?(te=1,ne=0):(te=0,ne=1);ka={HIGH:te,LOW:ne};Ya.exports=ka});var Va=s((Z3,$a)=>{"use strict";var ff=$(),mf=V(),Ba=Ha(),Xa=new mf(1),Ga=new ff(Xa.buffer),pf=Ba.HIGH,vf=Ba.LOW;function yf(r,e){return Ga[pf]=r,Ga[vf]=e,Xa[0]}o(yf,"fromWords");$a.exports=yf});var oe=s((J3,za)=>{"use strict";var df=Va();za.exports=df});var Ka=s((rd,ja)=>{"use strict";var hf=qn(),gf=wn(),Af=re(),bf=Nr(),Nf=oe(),ae=[0,0];function Ff(r,e){var t,n;return Af.assign(r,ae,1,0),t=ae[0],t&=gf,n=bf(e),n&=hf,t|=n,Nf(t,ae[1])}o(Ff,"copysign");ja.exports=Ff});var Qa=s((td,Za)=>{"use strict";var qf=Ka();Za.exports=qf});var ri=s((nd,Ja)=>{"use strict";var _f=22250738585072014e-324;Ja.exports=_f});var ti=s((od,ei)=>{"use strict";function wf(r){return Math.abs(r)}o(wf,"abs");ei.exports=wf});var oi=s((id,ni)=>{"use strict";var Sf=ti();ni.exports=Sf});var ie=s((sd,ai)=>{"use strict";var Rf=ri(),Mf=kr(),Ef=b(),If=oi(),Of=4503599627370496;function Pf(r,e,t,n){return Ef(r)||Mf(r)?(e[n]=r,e[n+t]=0,e):r!==0&&If(r)<Rf?(e[n]=r*Of,e[n+t]=-52,e):(e[n]=r,e[n+t]=0,e)}o(Pf,"normalize");ai.exports=Pf});var si=s((ld,ii)=>{"use strict";var Df=ie();function Uf(r){return Df(r,[0,0],1,0)}o(Uf,"normalize");ii.exports=Uf});var ci=s((fd,li)=>{"use strict";var Lf=U(),ui=si(),Tf=ie();Lf(ui,"assign",Tf);li.exports=ui});var mi=s((md,fi)=>{"use strict";var Cf=2146435072;fi.exports=Cf});var vi=s((pd,pi)=>{"use strict";var xf=Nr(),Wf=mi(),kf=br();function Yf(r){var e=xf(r);return e=(e&Wf)>>>20,e-kf|0}o(Yf,"exponent");pi.exports=Yf});var di=s((yd,yi)=>{"use strict";var Hf=vi();yi.exports=Hf});var gi=s((dd,hi)=>{"use strict";var Gf=X(),Bf=L(),Xf=br(),$f=vn(),Vf=dn(),zf=gn(),jf=b(),Kf=kr(),Zf=Qa(),Qf=ci().assign,Jf=di(),rm=re(),em=oe(),tm=2220446049250313e-31,nm=2148532223,se=[0,0],ue=[0,0];function om(r,e){var t,n;return e===0||r===0||jf(r)||Kf(r)?r:(Qf(r,se,1,0),r=se[0],e+=se[1],e+=Jf(r),e<zf?Zf(0,r):e>$f?r<0?Bf:Gf:(e<=Vf?(e+=52,n=tm):n=1,rm.assign(r,ue,1,0),t=ue[0],t&=nm,t|=e+Xf<<20,n*em(t,ue[1])))}o(om,"ldexp");hi.exports=om});var bi=s((gd,Ai)=>{"use strict";var am=gi();Ai.exports=am});var Fi=s((Ad,Ni)=>{"use strict";function im(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}o(im,"evalpoly");Ni.exports=im});var _i=s((Nd,qi)=>{"use strict";var sm=bi(),um=Fi();function lm(r,e,t){var n,a,i,u;return n=r-e,a=n*n,i=n-a*um(a),u=1-(e-n*i/(2-i)-r),sm(u,t)}o(lm,"expmulti");qi.exports=lm});var Ii=s((qd,Ei)=>{"use strict";var cm=b(),wi=on(),fm=L(),Si=X(),mm=_i(),pm=.6931471803691238,vm=19082149292705877e-26,Ri=1.4426950408889634,ym=709.782712893384,dm=-745.1332191019411,Mi=1/(1<<28),hm=-Mi;function gm(r){var e,t,n;return cm(r)||r===Si?r:r===fm?0:r>ym?Si:r<dm?0:r>hm&&r<Mi?1+r:(r<0?n=wi(Ri*r-.5):n=wi(Ri*r+.5),e=r-n*pm,t=n*vm,mm(e,t,n))}o(gm,"exp");Ei.exports=gm});var Pi=s((wd,Oi)=>{"use strict";var Am=Ii();Oi.exports=Am});var Ui=s((Sd,Di)=>{"use strict";var bm=z(),le;bm===!0?le=0:le=1;Di.exports=le});var Ti=s((Rd,Li)=>{"use strict";var Nm=$(),Fm=V(),qm=Ui(),ce=new Fm(1),_m=new Nm(ce.buffer);function wm(r,e){return ce[0]=r,_m[qm]=e>>>0,ce[0]}o(wm,"setLowWord");Li.exports=wm});var xi=s((Ed,Ci)=>{"use strict";var Sm=Ti();Ci.exports=Sm});var ki=s((Id,Wi)=>{"use strict";function Rm(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}o(Rm,"evalpoly");Wi.exports=Rm});var Hi=s((Pd,Yi)=>{"use strict";function Mm(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}o(Mm,"evalpoly");Yi.exports=Mm});var Bi=s((Ud,Gi)=>{"use strict";function Em(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}o(Em,"evalpoly");Gi.exports=Em});var $i=s((Td,Xi)=>{"use strict";function Im(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}o(Im,"evalpoly");Xi.exports=Im});var zi=s((xd,Vi)=>{"use strict";function Om(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}o(Om,"evalpoly");Vi.exports=Om});var Ki=s((kd,ji)=>{"use strict";function Pm(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}o(Pm,"evalpoly");ji.exports=Pm});var Qi=s((Hd,Zi)=>{"use strict";function Dm(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}o(Dm,"evalpoly");Zi.exports=Dm});var rs=s((Bd,Ji)=>{"use strict";function Um(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}o(Um,"evalpoly");Ji.exports=Um});var os=s(($d,ns)=>{"use strict";var Lm=b(),es=Pi(),Tm=xi(),Cm=X(),xm=L(),Wm=ki(),km=Hi(),Ym=Bi(),Hm=$i(),Gm=zi(),Bm=Ki(),Xm=Qi(),$m=rs(),Fr=1e-300,Vm=13877787807814457e-33,ts=.8450629115104675,zm=.12837916709551256,jm=1,Km=-.0023621185607526594,Zm=1,Qm=-.009864944034847148,Jm=1,rp=-.0098649429247001,ep=1;function tp(r){var e,t,n,a,i,u,l,c;if(Lm(r))return NaN;if(r===Cm)return 0;if(r===xm)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<Vm?1-r:(n=r*r,a=zm+n*Wm(n),i=jm+n*km(n),u=a/i,r<.25?1-(r+r*u):(a=r*u,a+=r-.5,.5-a));if(t<1.25)return i=t-1,l=Km+i*Ym(i),c=Zm+i*Hm(i),e?1+ts+l/c:1-ts-l/c;if(t<28){if(i=1/(t*t),t<2.857142857142857)a=Qm+i*Gm(i),i=Jm+i*Bm(i);else{if(r<-6)return 2-Fr;a=rp+i*Xm(i),i=ep+i*$m(i)}return n=Tm(t,0),a=es(-(n*n)-.5625)*es((n-t)*(n+t)+a/i),e?2-a/t:a/t}return e?2-Fr:Fr*Fr}o(tp,"erfc");ns.exports=tp});var fe=s((zd,as)=>{"use strict";var np=os();as.exports=np});var ss=s((jd,is)=>{"use strict";var op=Math.sqrt;is.exports=op});var j=s((Kd,us)=>{"use strict";var ap=ss();us.exports=ap});var cs=s((Zd,ls)=>{"use strict";var ip=fe(),sp=j(),me=b();function up(r,e,t){var n,a;return me(r)||me(e)||me(t)||t<0?NaN:t===0?r<e?0:1:(n=t*sp(2),a=r-e,.5*ip(-a/n))}o(up,"cdf");ls.exports=up});var ms=s((Jd,fs)=>{"use strict";function lp(r){return e;function e(){return r}}o(lp,"wrap");fs.exports=lp});var or=s((e7,ps)=>{"use strict";var cp=ms();ps.exports=cp});var ds=s((t7,ys)=>{"use strict";var vs=b();function fp(r,e){return vs(r)||vs(e)?NaN:r<e?0:1}o(fp,"cdf");ys.exports=fp});var As=s((o7,gs)=>{"use strict";var mp=or(),hs=b();function pp(r){if(hs(r))return mp(NaN);return e;function e(t){return hs(t)?NaN:t<r?0:1}}o(pp,"factory");gs.exports=pp});var Fs=s((i7,Ns)=>{"use strict";var vp=U(),bs=ds(),yp=As();vp(bs,"factory",yp);Ns.exports=bs});var _s=s((s7,qs)=>{"use strict";var dp=or(),hp=Fs().factory,pe=b(),gp=j(),Ap=fe();function bp(r,e){var t;if(pe(r)||pe(e)||e<0)return dp(NaN);if(e===0)return hp(r);return t=e*gp(2),n;function n(a){var i;return pe(a)?NaN:(i=a-r,.5*Ap(-i/t))}o(n,"cdf")}o(bp,"factory");qs.exports=bp});var Rs=s((l7,Ss)=>{"use strict";var Np=U(),ws=cs(),Fp=_s();Np(ws,"factory",Fp);Ss.exports=ws});var Es=s((c7,Ms)=>{"use strict";var qp=z(),ve;qp===!0?ve=1:ve=0;Ms.exports=ve});var Os=s((f7,Is)=>{"use strict";var _p=$(),wp=V(),Sp=Es(),ye=new wp(1),Rp=new _p(ye.buffer);function Mp(r,e){return ye[0]=r,Rp[Sp]=e>>>0,ye[0]}o(Mp,"setHighWord");Is.exports=Mp});var Ds=s((p7,Ps)=>{"use strict";var Ep=Os();Ps.exports=Ep});var Ls=s((v7,Us)=>{"use strict";function Ip(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}o(Ip,"evalpoly");Us.exports=Ip});var Cs=s((d7,Ts)=>{"use strict";function Op(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}o(Op,"evalpoly");Ts.exports=Op});var Ys=s((g7,ks)=>{"use strict";var xs=Nr(),Pp=Ds(),Dp=b(),Up=br(),Lp=L(),Tp=Ls(),Cp=Cs(),qr=.6931471803691238,_r=19082149292705877e-26,xp=0x40000000000000,Wp=.3333333333333333,Ws=1048575,kp=2146435072,Yp=1048576,Hp=1072693248;function Gp(r){var e,t,n,a,i,u,l,c,f,m,v,p;return r===0?Lp:Dp(r)||r<0?NaN:(t=xs(r),i=0,t<Yp&&(i-=54,r*=xp,t=xs(r)),t>=kp?r+r:(i+=(t>>20)-Up|0,t&=Ws,c=t+614244&1048576|0,r=Pp(r,t|c^Hp),i+=c>>20|0,l=r-1,(Ws&2+t)<3?l===0?i===0?0:i*qr+i*_r:(u=l*l*(.5-Wp*l),i===0?l-u:i*qr-(u-i*_r-l)):(m=l/(2+l),p=m*m,c=t-398458|0,v=p*p,f=440401-t|0,a=v*Tp(v),n=p*Cp(v),c|=f,u=n+a,c>0?(e=.5*l*l,i===0?l-(e-m*(e+u)):i*qr-(e-(m*(e+u)+i*_r)-l)):i===0?l-m*(l-u):i*qr-(m*(l-u)-i*_r-l))))}o(Gp,"ln");ks.exports=Gp});var Gs=s((b7,Hs)=>{"use strict";var Bp=Ys();Hs.exports=Bp});var Xs=s((N7,Bs)=>{"use strict";function Xp(r){var e,t,n;return r===0?-.0005087819496582806:(r<0?e=-r:e=r,e<=1?(t=-.0005087819496582806+r*(-.008368748197417368+r*(.03348066254097446+r*(-.012692614766297404+r*(-.03656379714117627+r*(.02198786811111689+r*(.008226878746769157+r*(-.005387729650712429+r*(0+r*0)))))))),n=1+r*(-.9700050433032906+r*(-1.5657455823417585+r*(1.5622155839842302+r*(.662328840472003+r*(-.7122890234154284+r*(-.05273963823400997+r*(.07952836873415717+r*(-.0023339375937419+r*.0008862163904564247))))))))):(r=1/r,t=0+r*(0+r*(-.005387729650712429+r*(.008226878746769157+r*(.02198786811111689+r*(-.03656379714117627+r*(-.012692614766297404+r*(.03348066254097446+r*(-.008368748197417368+r*-.0005087819496582806)))))))),n=.0008862163904564247+r*(-.0023339375937419+r*(.07952836873415717+r*(-.05273963823400997+r*(-.7122890234154284+r*(.662328840472003+r*(1.5622155839842302+r*(-1.5657455823417585+r*(-.9700050433032906+r*1))))))))),t/n)}o(Xp,"evalrational");Bs.exports=Xp});var Vs=s((q7,$s)=>{"use strict";function $p(r){var e,t,n;return r===0?-.20243350835593876:(r<0?e=-r:e=r,e<=1?(t=-.20243350835593876+r*(.10526468069939171+r*(8.3705032834312+r*(17.644729840837403+r*(-18.851064805871424+r*(-44.6382324441787+r*(17.445385985570866+r*(21.12946554483405+r*-3.6719225470772936))))))),n=1+r*(6.242641248542475+r*(3.971343795334387+r*(-28.66081804998+r*(-20.14326346804852+r*(48.560921310873994+r*(10.826866735546016+r*(-22.643693341313973+r*1.7211476576120028)))))))):(r=1/r,t=-3.6719225470772936+r*(21.12946554483405+r*(17.445385985570866+r*(-44.6382324441787+r*(-18.851064805871424+r*(17.644729840837403+r*(8.3705032834312+r*(.10526468069939171+r*-.20243350835593876))))))),n=1.7211476576120028+r*(-22.643693341313973+r*(10.826866735546016+r*(48.560921310873994+r*(-20.14326346804852+r*(-28.66081804998+r*(3.971343795334387+r*(6.242641248542475+r*1)))))))),t/n)}o($p,"evalrational");$s.exports=$p});var js=s((w7,zs)=>{"use strict";function Vp(r){var e,t,n;return r===0?-.1311027816799519:(r<0?e=-r:e=r,e<=1?(t=-.1311027816799519+r*(-.16379404719331705+r*(.11703015634199525+r*(.38707973897260434+r*(.3377855389120359+r*(.14286953440815717+r*(.029015791000532906+r*(.0021455899538880526+r*(-6794655751811263e-22+r*(28522533178221704e-24+r*-681149956853777e-24))))))))),n=1+r*(3.4662540724256723+r*(5.381683457070069+r*(4.778465929458438+r*(2.5930192162362027+r*(.848854343457902+r*(.15226433829533179+r*(.011059242293464892+r*(0+r*(0+r*0)))))))))):(r=1/r,t=-681149956853777e-24+r*(28522533178221704e-24+r*(-6794655751811263e-22+r*(.0021455899538880526+r*(.029015791000532906+r*(.14286953440815717+r*(.3377855389120359+r*(.38707973897260434+r*(.11703015634199525+r*(-.16379404719331705+r*-.1311027816799519))))))))),n=0+r*(0+r*(0+r*(.011059242293464892+r*(.15226433829533179+r*(.848854343457902+r*(2.5930192162362027+r*(4.778465929458438+r*(5.381683457070069+r*(3.4662540724256723+r*1)))))))))),t/n)}o(Vp,"evalrational");zs.exports=Vp});var Zs=s((R7,Ks)=>{"use strict";function zp(r){var e,t,n;return r===0?-.0350353787183178:(r<0?e=-r:e=r,e<=1?(t=-.0350353787183178+r*(-.0022242652921344794+r*(.018557330651423107+r*(.009508047013259196+r*(.0018712349281955923+r*(.00015754461742496055+r*(460469890584318e-20+r*(-2304047769118826e-25+r*26633922742578204e-28))))))),n=1+r*(1.3653349817554064+r*(.7620591645536234+r*(.22009110576413124+r*(.03415891436709477+r*(.00263861676657016+r*(7646752923027944e-20+r*(0+r*0)))))))):(r=1/r,t=26633922742578204e-28+r*(-2304047769118826e-25+r*(460469890584318e-20+r*(.00015754461742496055+r*(.0018712349281955923+r*(.009508047013259196+r*(.018557330651423107+r*(-.0022242652921344794+r*-.0350353787183178))))))),n=0+r*(0+r*(7646752923027944e-20+r*(.00263861676657016+r*(.03415891436709477+r*(.22009110576413124+r*(.7620591645536234+r*(1.3653349817554064+r*1)))))))),t/n)}o(zp,"evalrational");Ks.exports=zp});var Js=s((E7,Qs)=>{"use strict";function jp(r){var e,t,n;return r===0?-.016743100507663373:(r<0?e=-r:e=r,e<=1?(t=-.016743100507663373+r*(-.0011295143874558028+r*(.001056288621524929+r*(.00020938631748758808+r*(14962478375834237e-21+r*(44969678992770644e-23+r*(4625961635228786e-24+r*(-2811287356288318e-29+r*9905570997331033e-32))))))),n=1+r*(.5914293448864175+r*(.1381518657490833+r*(.016074608709367652+r*(.0009640118070051656+r*(27533547476472603e-21+r*(282243172016108e-21+r*(0+r*0)))))))):(r=1/r,t=9905570997331033e-32+r*(-2811287356288318e-29+r*(4625961635228786e-24+r*(44969678992770644e-23+r*(14962478375834237e-21+r*(.00020938631748758808+r*(.001056288621524929+r*(-.0011295143874558028+r*-.016743100507663373))))))),n=0+r*(0+r*(282243172016108e-21+r*(27533547476472603e-21+r*(.0009640118070051656+r*(.016074608709367652+r*(.1381518657490833+r*(.5914293448864175+r*1)))))))),t/n)}o(jp,"evalrational");Qs.exports=jp});var nu=s((O7,tu)=>{"use strict";var Kp=b(),ru=j(),eu=Gs(),Zp=X(),Qp=L(),Jp=Xs(),r1=Vs(),e1=js(),t1=Zs(),n1=Js(),o1=.08913147449493408,a1=2.249481201171875,i1=.807220458984375,s1=.9399557113647461,u1=.9836282730102539;function l1(r){var e,t,n,a,i,u;return Kp(r)?NaN:r===1?Zp:r===-1?Qp:r===0?r:r>1||r<-1?NaN:(r<0?(e=-1,t=-r):(e=1,t=r),a=1-t,t<=.5?(i=t*(t+10),u=Jp(t),e*(i*o1+i*u)):a>=.25?(i=ru(-2*eu(a)),a-=.25,u=r1(a),e*(i/(a1+u))):(a=ru(-eu(a)),a<3?(n=a-1.125,u=e1(n),e*(i1*a+u*a)):a<6?(n=a-3,u=t1(n),e*(s1*a+u*a)):(n=a-6,u=n1(n),e*(u1*a+u*a))))}o(l1,"erfinv");tu.exports=l1});var de=s((D7,ou)=>{"use strict";var c1=nu();ou.exports=c1});var iu=s((U7,au)=>{"use strict";var f1=de(),he=b(),m1=j();function p1(r,e,t){var n,a;return he(e)||he(t)||he(r)||t<0||r<0||r>1?NaN:t===0?e:(n=e,a=t*m1(2),n+a*f1(2*r-1))}o(p1,"quantile");au.exports=p1});var uu=s((T7,su)=>{"use strict";var v1=b();function y1(r,e){return v1(r)||r<0||r>1?NaN:e}o(y1,"quantile");su.exports=y1});var fu=s((x7,cu)=>{"use strict";var d1=or(),lu=b();function h1(r){if(lu(r))return d1(NaN);return e;function e(t){return lu(t)||t<0||t>1?NaN:r}}o(h1,"factory");cu.exports=h1});var vu=s((k7,pu)=>{"use strict";var g1=U(),mu=uu(),A1=fu();g1(mu,"factory",A1);pu.exports=mu});var du=s((Y7,yu)=>{"use strict";var b1=or(),N1=vu().factory,F1=de(),ge=b(),q1=j();function _1(r,e){var t,n;if(ge(r)||ge(e)||e<0)return b1(NaN);return e===0&&N1(r),t=r,n=e*q1(2),a;function a(i){return ge(i)||i<0||i>1?NaN:t+n*F1(2*i-1)}o(a,"quantile")}o(_1,"factory");yu.exports=_1});var Au=s((G7,gu)=>{"use strict";var w1=U(),hu=iu(),S1=du();w1(hu,"factory",S1);gu.exports=hu});function Gu(r,e){if(r.timestamps===null||e.timestamps===null)return Bu(r,e);let t=r.timestamps,n=e.timestamps,a=[],i=[],u=[],l=0,c=0,f=null,m=null,v=!1,p=0,h=0,Dr=0,Ur=0;for(;l<t.length&&c<n.length;)t[l]<n[c]?(v&&(f=(f??1)*(1+r.returns[l]),Dr++),l++):t[l]>n[c]?(v&&(m=(m??1)*(1+e.returns[c]),Ur++),c++):(a.push(t[l]),i.push(qe(f,r.returns[l])),u.push(qe(m,e.returns[c])),f=null,m=null,p+=Dr,h+=Ur,Dr=0,Ur=0,v=!0,l++,c++);if(a.length===0)throw new sr("The returns and the benchmark have no timestamp in common, so they cannot be compared.","Check that both files cover the same period at the same bar times (dates in UTC).");let ir=Float64Array.from(a);return{series:{timestamps:ir,returns:Float64Array.from(i)},benchmark:{timestamps:Float64Array.from(ir),returns:Float64Array.from(u)},droppedFromSeries:t.length-ir.length,droppedFromBenchmark:n.length-ir.length,mergedFromSeries:p,mergedFromBenchmark:h}}o(Gu,"alignOnCommonTimestamps");function qe(r,e){return r===null?e:r*(1+e)-1}o(qe,"withMerged");function Bu(r,e){if(r.timestamps!==null||e.timestamps!==null)throw new sr("Only one of the returns and the benchmark has dates, so they cannot be aligned.","Give both a date column, or neither (then they are paired bar for bar).");if(r.returns.length!==e.returns.length)throw new sr(`The returns (${r.returns.length} rows) and the benchmark (${e.returns.length} rows) have no dates and different lengths, so they cannot be paired bar for bar.`,"Give both a date column so they can be aligned on common dates.");return{series:r,benchmark:e,droppedFromSeries:0,droppedFromBenchmark:0,mergedFromSeries:0,mergedFromBenchmark:0}}o(Bu,"alignByPosition");var _e=new WeakMap;function _(r){let e=_e.get(r);if(e!==void 0)return e;e=new Float64Array(r.length);let t=1,n=1;for(let a=0;a<r.length;a++){t*=1+r[a];let i=1+(t-1);i>n&&(n=i),e[a]=i/n-1}return _e.set(r,e),e}o(_,"drawdownSeries");var Xu=864e5,we=new WeakMap;function I(r,e){let t=we.get(r);if(t!==void 0&&t.timestamps===e)return t.episodes;let n=_(r),a=[],i=-1,u=-1;for(let l=0;l<n.length;l++){let c=n[l];if(c===0)continue;i<0?(i=l,u=l):c<n[u]&&(u=l),(l+1===n.length||n[l+1]===0)&&(a.push($u(n,e,i,u,l)),i=-1)}return we.set(r,{timestamps:e,episodes:a}),a}o(I,"drawdownEpisodes");function $u(r,e,t,n,a){let i=e===null?null:e[t],u=e===null?null:e[a],l=i===null||u===null?NaN:Math.floor((u-i)/Xu)+1;return{startIndex:t,valleyIndex:n,endIndex:a,start:i,valley:e===null?null:e[n],end:u,days:l,maxDrawdown:r[n]}}o($u,"episode");function y(r,e=0,t=r.length){let n=t-e;if(n<8){let i=0;for(let u=e;u<t;u++)i+=r[u];return i}if(n<=128)return Vu(r,e,n);let a=Math.floor(n/2);return a-=a%8,y(r,e,e+a)+y(r,e+a,t)}o(y,"pairwiseSum");function Vu(r,e,t){let n=r[e],a=r[e+1],i=r[e+2],u=r[e+3],l=r[e+4],c=r[e+5],f=r[e+6],m=r[e+7],v=e+t-t%8,p=e+8;for(;p<v;p+=8)n+=r[p],a+=r[p+1],i+=r[p+2],u+=r[p+3],l+=r[p+4],c+=r[p+5],f+=r[p+6],m+=r[p+7];let h=n+a+(i+u)+(l+c+(f+m));for(;p<e+t;p++)h+=r[p];return h}o(Vu,"blockSum");function d(r){return r.length===0?NaN:y(r)/r.length}o(d,"mean");function ur(r,e){let t=r.length,n=y(r)/t,a=y(e)/t,i=0,u=0,l=0;for(let c=0;c<t;c++){let f=r[c]-n,m=e[c]-a;i+=f*m,u+=f*f,l+=m*m}return{count:t,meanX:n,meanY:a,crossDeviations:i,squaredDeviationsX:u,squaredDeviationsY:l}}o(ur,"comoments");function S(r,e){if(r.length!==e.length)throw new RangeError(`Benchmark statistics need returns and benchmark of equal length (got ${r.length} and ${e.length}); align them first with alignOnCommonTimestamps().`)}o(S,"assertPaired");function T(r,e){if(S(r,e),r.length<2)return NaN;let t=ur(r,e);return t.squaredDeviationsY===0?NaN:t.crossDeviations/t.squaredDeviationsY}o(T,"beta");function Se(r,e,t){let n=T(r,e);return(d(r)-n*d(e))*t}o(Se,"alpha");function Me(r,e){S(r,e);let t=r.length;if(t<2)return NaN;let n=Re(e),a=Re(r);if(n===null||a===null)return NaN;let i=0,u=0,l=0;for(let v=0;v<t;v++)i+=n[v]*a[v],u+=n[v]*n[v],l+=a[v]*a[v];let c=t-1,f=Math.sqrt(u/c),m=Math.sqrt(l/c);return f===0||m===0?NaN:Math.max(-1,Math.min(1,i/c/f/m))}o(Me,"correlation");function Re(r){let e=y(r)/r.length,t=new Float64Array(r.length),n=0;for(let a=0;a<r.length;a++)t[a]=r[a]-e,n=Math.max(n,Math.abs(t[a]));if(n===0)return null;for(let a=0;a<r.length;a++)t[a]=t[a]/n;return t}o(Re,"scaledDeviations");function F(r){let e=new WeakMap;return t=>{if(e.has(t))return e.get(t);let n=r(t);return e.set(t,n),n}}o(F,"memoize");var zu=F(r=>{let e=r.length;if(e<2)return NaN;let t=y(r)/e,n=new Float64Array(e);for(let a=0;a<e;a++){let i=t-r[a];n[a]=i*i}return y(n)/(e-1)});function N(r){return Math.sqrt(zu(r))}o(N,"sampleStandardDeviation");function Ee(r,e){S(r,e);let t=new Float64Array(r.length);for(let a=0;a<r.length;a++)t[a]=r[a]-e[a];let n=N(t);return n===0?0:d(t)/n}o(Ee,"informationRatio");function Ie(r,e){if(S(r,e),r.length<2)return NaN;let{crossDeviations:t,squaredDeviationsX:n,squaredDeviationsY:a}=ur(r,e);if(n===0||a===0)return t===0?NaN:0;let i=t/Math.sqrt(n*a),u=Math.max(-1,Math.min(1,i));return u*u}o(Ie,"rSquared");function A(r,e=0,t=r.length){let n=1;for(let a=e;a<t;a++)n*=1+r[a];return n-1}o(A,"compound");function Oe(r,e,t){let n=T(r,e);return(A(r)-t)/n}o(Oe,"treynorRatio");var lr=F(r=>{let e=0,t=0,n=0,a=0,i=0;for(let u=0;u<r.length;u++){e+=1;let l=e,c=r[u]-t,f=c/l,m=c*f*(l-1);i+=f*(-4*a+f*(6*n+m*(l*l-3*l+3))),a+=f*(m*(l-2)-3*n),n+=m,t+=f}return{count:e,m2:n,m3:a,m4:i}});function cr(r){let{count:e,m2:t,m4:n}=lr(r);if(e<4)return NaN;let a=n/(t*t),i=e*(e+1)*a-3*(e-1);return(e-1)/((e-2)*(e-3))*i}o(cr,"kurtosis");function fr(r){let{count:e,m2:t,m3:n}=lr(r);if(e<3)return NaN;let a=n/(t*Math.sqrt(t)),i=e*Math.sqrt(e-1)/(e-2);return a*i}o(fr,"skew");function Pe(r,e){let t=I(r,e);if(t.length===0)return NaN;let n=t.map(a=>a.maxDrawdown);return y(n)/n.length}o(Pe,"avgDrawdown");function De(r,e){let t=I(r,e);if(t.length===0||e===null)return NaN;let n=t.map(a=>a.days);return y(n)/n.length}o(De,"avgDrawdownDays");function Ue(r,e){let t=I(r,e);if(t.length===0||e===null)return NaN;let n=0;for(let a of t)a.days>n&&(n=a.days);return n}o(Ue,"longestDrawdownDays");function C(r){if(r.length===0)return NaN;let e=_(r),t=0;for(let n=0;n<e.length;n++)e[n]<t&&(t=e[n]);return t}o(C,"maxDrawdown");function x(r){if(r.length<2)return NaN;let e=_(r),t=new Float64Array(e.length);for(let n=0;n<e.length;n++)t[n]=e[n]*e[n];return Math.sqrt(y(t)/(r.length-1))}o(x,"ulcerIndex");var Le=new WeakMap;function Lr(r){let e=r+719468,t=Math.floor(e/146097),n=e-t*146097,a=Math.floor((n-Math.floor(n/1460)+Math.floor(n/36524)-Math.floor(n/146096))/365),i=n-(365*a+Math.floor(a/4)-Math.floor(a/100)),u=Math.floor((5*i+2)/153),l=i-Math.floor((153*u+2)/5)+1,c=u<10?u+3:u-9;return{year:a+t*400+(c<=2?1:0),month:c,day:l}}o(Lr,"civilFromDays");function W(r){return Lr(Math.floor(r/864e5))}o(W,"civilDate");function O(r,e,t){return Date.UTC(r,e-1,t)}o(O,"utcMidnight");function mr(r,e){let t=Math.floor(r/864e5),n=r-t*864e5,{year:a,month:i,day:u}=Lr(t),l=a*12+(i-1)-e,c=Math.floor(l/12),f=l-c*12+1,m=new Date(Date.UTC(c,f,0)).getUTCDate();return O(c,f,Math.min(u,m))+n}o(mr,"monthsBefore");function Q(r,e){let t=Le.get(r);t===void 0&&(t=new Map,Le.set(r,t));let n=t.get(e);if(n!==void 0)return n;let a=new Float64Array(r.length),i=NaN,u=NaN;for(let l=0;l<r.length;l++){let c=Math.floor(r[l]/864e5);c!==i&&(i=c,u=ju(c,e)),a[l]=u}return t.set(e,a),a}o(Q,"periodKeys");function ju(r,e){if(e==="day")return r;let{year:t,month:n}=Lr(r);return e==="month"?t*12+(n-1):e==="quarter"?t*4+Math.floor((n-1)/3):t}o(ju,"keyOfDay");var Te=new WeakMap;function pr(r,e,t){let n=Te.get(r);(n===void 0||n.timestamps!==e)&&(n={timestamps:e,byUnit:new Map},Te.set(r,n));let a=n.byUnit,i=a.get(t);if(i!==void 0)return i;let u=Q(e,t),l=[],c=0;for(let m=1;m<=u.length;m++)(m===u.length||u[m]!==u[c])&&(l.push(A(r,c,m)),c=m);let f=Float64Array.from(l);return a.set(t,f),f}o(pr,"calendarReturns");function Ce(r,e,t){if(r.length===0)return new Float64Array(0);let n=Q(e,t),a=n[0],i=new Float64Array(n[n.length-1]-a+1),u=new Float64Array(i.length);for(let l=0;l<r.length;l++){let c=n[l]-a,f=r[l]-u[c],m=i[c]+f;u[c]=m-i[c]-f,i[c]=m}return i}o(Ce,"calendarSums");function R(r,e){let t=0,n=r.length;for(;t<n;){let a=t+n>>>1;r[a]<e?t=a+1:n=a}return t}o(R,"firstIndexSince");function xe(r,e){if(e===null||e.length===0)return NaN;let{year:t,month:n}=W(e[e.length-1]),a=R(e,O(t,n,1));return A(r,a)}o(xe,"monthToDate");function M(r,e){if(r.length===0)return NaN;let t=A(r)+1,n=r.length/e;return t<0?NaN:Math.pow(Math.abs(t),1/n)-1}o(M,"cagr");function vr(r,e,t,n){if(e===null||e.length===0)return NaN;let a=e[e.length-1],i=R(e,mr(a,t));return M(r.subarray(i),n)}o(vr,"trailingCagr");function yr(r,e,t){if(e===null||e.length===0)return NaN;let n=e[e.length-1];return A(r,R(e,mr(n,t)))}o(yr,"trailingReturn");function We(r,e){if(e===null||e.length===0)return NaN;let{year:t}=W(e[e.length-1]),n=R(e,O(t,1,1));return A(r,n)}o(We,"yearToDate");var ke=new WeakMap;function Ku(r,e){return Math.pow(1+r,1/e)-1}o(Ku,"periodicRiskFreeRate");function E(r,e,t){if(e===0)return r;let n=ke.get(r);n===void 0&&(n=new Map,ke.set(r,n));let a=`${e}/${t}`,i=n.get(a);if(i===void 0){let u=Ku(e,t);i=new Float64Array(r.length);for(let l=0;l<r.length;l++)i[l]=r[l]-u;n.set(a,i)}return i}o(E,"excessReturns");var g=F(r=>{let e=0,t=0;for(let p=0;p<r.length;p++)r[p]>0?e++:r[p]<0&&t++;let n=r.length-e-t,a=new Float64Array(e),i=new Float64Array(t),u=new Float64Array(e+n),l=new Float64Array(e+t),c=0,f=0,m=0,v=0;for(let p=0;p<r.length;p++){let h=r[p];h>0?(a[c++]=h,u[m++]=h,l[v++]=h):h<0?(i[f++]=h,l[v++]=h):u[m++]=h}return{positive:a,negative:i,nonNegative:u,nonZero:l}});function Ye(r){let e=r.length-1,t=r.subarray(0,e),n=r.subarray(1),a=y(t)/e,i=y(n)/e,u=0,l=0,c=0;for(let m=0;m<e;m++){let v=t[m]-a,p=n[m]-i;u+=v*p,l+=v*v,c+=p*p}let f=u/Math.sqrt(l)/Math.sqrt(c);return Math.max(-1,Math.min(1,f))}o(Ye,"lagOneCorrelation");var k=F(r=>{let e=r.length;if(e<2)return 1;let t=Math.abs(Ye(r));if(Number.isNaN(t))return 1;let n=new Float64Array(e-1);for(let a=1;a<e;a++){let i=Math.pow(t,a);if(i===0)break;n[a-1]=(e-a)/e*i}return Math.sqrt(1+2*y(n))});function P(r,e){let{riskFreeRate:t,periodsPerYear:n,annualize:a=!0,smart:i=!1}=e,u=E(r,t,n),l=Zu(u);i&&(l*=k(u));let c=l===0?NaN:d(u)/l;return a?c*Math.sqrt(n):c}o(P,"sortinoRatio");var Zu=F(r=>{let e=g(r).negative,t=new Float64Array(e.length);for(let n=0;n<e.length;n++)t[n]=e[n]*e[n];return Math.sqrt(y(t)/r.length)});function J(r,e){return P(r,e)/Math.SQRT2}o(J,"adjustedSortino");function He(r,e){return M(r,e)/Math.abs(C(r))}o(He,"calmarRatio");function Y(r){let{nonNegative:e,negative:t}=g(r),n=y(e),a=Math.abs(y(t));return a===0?n===0?0:1/0:n/a}o(Y,"profitFactor");function H(r,e){let t=0,n=r.length-1;for(;t<n;){let a=Qu(r[t],r[t+n>>>1],r[n]),i=t,u=n;for(;i<=u;){for(;r[i]<a;)i++;for(;r[u]>a;)u--;if(i<=u){let l=r[i];r[i]=r[u],r[u]=l,i++,u--}}if(e<=u)n=u;else if(e>=i)t=i;else break}return r[e]}o(H,"kthSmallest");function Ge(r,e){let t=1/0;for(let n=e;n<r.length;n++)r[n]<t&&(t=r[n]);return t}o(Ge,"smallestFrom");function Qu(r,e,t){return r<e?e<t?e:r<t?t:r:r<t?r:e<t?t:e}o(Qu,"medianOfThree");var Ju=F(r=>Float64Array.from(r));function w(r,e){let t=r.length;if(t===0)return NaN;let n=Ju(r),a=(t-1)*e;if(a>=t-1)return H(n,t-1);if(a<=0)return H(n,0);let i=Math.floor(a),u=a-i,l=H(n,i),c=Ge(n,i+1),f=c-l;return u>=.5?c-f*(1-u):l+f*u}o(w,"quantile");var Be=.95;function dr(r){let e=w(r,Be),t=w(r,1-Be);return Number.isNaN(e)||Number.isNaN(t)||t===0?NaN:Math.abs(e/t)}o(dr,"tailRatio");function Xe(r){return Y(r)*dr(r)}o(Xe,"commonSenseRatio");function q(r){let e=0,t=0;for(let n=0;n<r.length;n++){let a=r[n];a>0&&e++,a!==0&&t++}return t===0?0:e/t}o(q,"winRate");function rr(r){return d(g(r).negative)}o(rr,"avgLoss");function er(r){return d(g(r).positive)}o(er,"avgWin");function G(r){let e=rr(r);return e===0?NaN:er(r)/Math.abs(e)}o(G,"payoffRatio");function $e(r){return Y(r)*q(r)*G(r)}o($e,"cpcIndex");function hr(r,e){let t=0;for(let i=0;i<r.length;i++)e(r[i])&&t++;let n=new Float64Array(t),a=0;for(let i=0;i<r.length;i++){let u=r[i];e(u)&&(n[a++]=u)}return n}o(hr,"select");function Tr(r,e,t="day"){let n=e===null?r:Ce(r,e,t),a=Math.abs(y(hr(n,i=>i<0)));return a===0?NaN:y(n)/a}o(Tr,"gainToPainRatio");function Ve(r){let e=G(r),t=q(r);return e===0||Number.isNaN(e)?NaN:(e*t-(1-t))/e}o(Ve,"kellyCriterion");function ze(r,e,t){if(r.length<2)return NaN;let n=E(r,e,t),{positive:a,negative:i}=g(n),u=y(a),l=-1*y(i);return l>0?u/l:NaN}o(ze,"omegaRatio");function je(r){let e=d(g(r).negative);return Number.isNaN(e)||e===0?NaN:w(r,.01)/e}o(je,"outlierLossRatio");function Ke(r){let e=d(g(r).nonNegative);return Number.isNaN(e)||e===0?NaN:w(r,.99)/e}o(Ke,"outlierWinRatio");var bu=Fe(Rs(),1),Nu=Fe(Au(),1);var R1=Math.sqrt(2*Math.PI);function Fu(r){return(0,bu.default)(r,0,1)}o(Fu,"standardNormalCdf");function wr(r){return(0,Nu.default)(r,0,1)}o(wr,"standardNormalQuantile");function qu(r){return Math.exp(-r*r/2)/R1}o(qu,"standardNormalDensity");function ar(r,e){let{riskFreeRate:t,periodsPerYear:n,annualize:a=!0,smart:i=!1}=e,u=E(r,t,n),l=N(u);i&&(l*=k(u));let c=d(u)/l;return a?c*Math.sqrt(n):c}o(ar,"sharpeRatio");function Sr(r,e,t,n){let a={riskFreeRate:e,periodsPerYear:t,annualize:!1},i=n==="sharpe"?ar(r,a):n==="sortino"?P(r,a):J(r,a),u=fr(r),l=cr(r)+3,c=r.length,f=(1-u*i+(l-1)/4*i**2)/(c-1);return Fu(i/Math.sqrt(f))}o(Sr,"probabilisticRatio");function _u(r){let{nonNegative:e,negative:t}=g(r);if(e.length===0)return 0;if(t.length===0)return NaN;let n=Math.abs(d(e)/e.length),a=Math.abs(d(t)/t.length);return a===0?NaN:n/a}o(_u,"profitRatio");function wu(r){let e=C(r);return e===0?NaN:y(r)/Math.abs(e)}o(wu,"recoveryFactor");function Rr(r){if(r.length===0)return 0;let e=0;for(let t=0;t<r.length;t++)r[t]!==0&&e++;return Math.ceil(e/r.length*100)/100}o(Rr,"exposure");function Su(r,e,t){let n=E(r,e,t);return M(n,t)/Rr(n)}o(Su,"riskAdjustedReturn");function Ru(r){let e=N(r);return e===0?NaN:d(r)/e}o(Ru,"riskReturnRatio");var M1=.95;function Mr(r){if(r.length===0)return NaN;let e=d(r),t=N(r);if(t===0||Number.isNaN(t))return e;let n=1-M1;return e-t*qu(wr(n))/n}o(Mr,"conditionalValueAtRisk");function Mu(r,e){let t=N(r);if(t===0)return NaN;let n=-Mr(_(r))/t,a=x(r)*n;return a===0?NaN:(y(r)-e)/a}o(Mu,"serenityIndex");function Eu(r,e){let t=x(r);return t===0?NaN:(A(r)-e)/t}o(Eu,"ulcerPerformanceIndex");function Iu(r){return d(g(r).nonZero)}o(Iu,"avgReturn");function Er(r){if(r.length===0)return NaN;let e=-1/0;for(let t=0;t<r.length;t++)r[t]>e&&(e=r[t]);return e}o(Er,"best");function Ou(r){let e=0,t=0;for(let n=0;n<r.length;n++)t=r[n]<0?t+1:0,t>e&&(e=t);return e}o(Ou,"consecutiveLosses");function Pu(r){let e=0,t=0;for(let n=0;n<r.length;n++)t=r[n]>0?t+1:0,t>e&&(e=t);return e}o(Pu,"consecutiveWins");function Ir(r){if(r.length===0)return NaN;let e=1;for(let t=0;t<r.length;t++)e*=1+r[t];return Math.pow(e,1/r.length)-1}o(Ir,"expectedReturn");function Du(r){return A(r)}o(Du,"totalReturn");function Or(r){if(r.length===0)return NaN;let e=1/0;for(let t=0;t<r.length;t++)r[t]<e&&(e=r[t]);return e}o(Or,"worst");var E1=.95;function Uu(r){if(r.length===0)return NaN;let e=w(r,1-E1);return d(hr(r,t=>t<=e))}o(Uu,"historicalConditionalValueAtRisk");function Lu(r){let e=q(r);return Math.pow((1-e)/(1+e),r.length)}o(Lu,"riskOfRuin");var I1=.95;function Tu(r){let e=d(r),t=N(r);return t>0?wr(1-I1)*t+e:NaN}o(Tu,"valueAtRisk");function Cu(r,e){return N(r)*Math.sqrt(e)}o(Cu,"volatility");var Ae={three_month:3,six_month:6,one_year:12},be={three_year_ann:35,five_year_ann:59,ten_year_ann:119};function O1(r,e){let{returns:t,timestamps:n}=r,{periodsPerYear:a,riskFreeRate:i}=e,u={riskFreeRate:i,periodsPerYear:a},l={...u,smart:!0},c=o(p=>n===null?new Float64Array(0):pr(t,n,p),"byCalendar"),f=o((p,h)=>n===null?NaN:h(c(p)),"calendarMetric"),m={total_return:Du(t),cagr:M(t,a),exposure:Rr(t),avg_return:Iu(t),avg_win:er(t),avg_loss:rr(t),best_day:Er(t),worst_day:Or(t),best_month:f("month",Er),worst_month:f("month",Or),best_year:f("year",Er),worst_year:f("year",Or),avg_up_month:f("month",er),avg_down_month:f("month",rr),expected_daily:Ir(t),expected_monthly:f("month",Ir),expected_yearly:f("year",Ir),win_rate:q(t),win_month:f("month",q),win_quarter:f("quarter",q),win_year:f("year",q),consecutive_wins:Pu(t),consecutive_losses:Ou(t),mtd:xe(t,n),three_month:yr(t,n,Ae.three_month),six_month:yr(t,n,Ae.six_month),ytd:We(t,n),one_year:yr(t,n,Ae.one_year),three_year_ann:vr(t,n,be.three_year_ann,a),five_year_ann:vr(t,n,be.five_year_ann,a),ten_year_ann:vr(t,n,be.ten_year_ann,a),volatility:Cu(t,a),var:Tu(t),cvar:Mr(t),cvar_historical:Uu(t),risk_of_ruin:Lu(t),autocorr_penalty:k(t),max_drawdown:C(t),avg_drawdown:Pe(t,n),avg_drawdown_days:De(t,n),longest_dd_days:Ue(t,n),ulcer_index:x(t),skew:fr(t),kurtosis:cr(t),sharpe_ratio:ar(t,u),smart_sharpe:ar(t,l),sortino_ratio:P(t,u),smart_sortino:P(t,l),adjusted_sortino:J(t,u),smart_adjusted_sortino:J(t,l),probabilistic_sharpe_ratio:Sr(t,i,a,"sharpe"),probabilistic_sortino_ratio:Sr(t,i,a,"sortino"),probabilistic_adjusted_sortino_ratio:Sr(t,i,a,"adjusted_sortino"),omega_ratio:ze(t,i,a),calmar_ratio:He(t,a),gain_to_pain_ratio:Tr(t,n,"day"),gain_to_pain_1m:n===null?NaN:Tr(t,n,"month"),ulcer_performance_index:Eu(t,i),serenity_index:Mu(t,i),risk_adjusted_return:Su(t,i,a),risk_return_ratio:Ru(t),recovery_factor:wu(t),payoff_ratio:G(t),profit_ratio:_u(t),profit_factor:Y(t),cpc_index:$e(t),common_sense_ratio:Xe(t),tail_ratio:dr(t),outlier_win_ratio:Ke(t),outlier_loss_ratio:je(t),kelly_criterion:Ve(t)},v=e.benchmark?.returns;return v===void 0?m:{...m,beta:T(t,v),alpha:Se(t,v,a),correlation:Me(t,v),r_squared:Ie(t,v),information_ratio:Ee(t,v),treynor_ratio:Oe(t,v,i)}}o(O1,"computeMetrics");function Ne(r){let e=r.length;if(e===0)return NaN;let t=Float64Array.from(r),n=H(t,e>>1);if(e%2===1)return n;let a=-1/0;for(let i=0;i<e>>1;i++)t[i]>a&&(a=t[i]);return(a+n)/2}o(Ne,"median");var xu=36e5,K=864e5,Pr=252,ku=365,P1=.05,D1=.9,U1=[{from:4,to:10,periodsPerYear:52,name:"weekly"},{from:25,to:35,periodsPerYear:12,name:"monthly"},{from:80,to:100,periodsPerYear:4,name:"quarterly"},{from:170,to:190,periodsPerYear:2,name:"half-yearly"},{from:350,to:380,periodsPerYear:1,name:"yearly"}];function L1(r){if(r===null)return Wu("the returns have no timestamps");if(r.length<2)return Wu("fewer than two timestamps");let e=Ne(W1(r));if(e<.8*K)return x1(r,e);let t=e/K;if(t<=1.5)return C1(r);for(let n of U1)if(t>=n.from&&t<=n.to)return{periodsPerYear:n.periodsPerYear,reason:`${n.name} bars (median spacing ${Hu(t)})`};return T1(r,t)}o(L1,"inferPeriodsPerYear");function T1(r,e){let t=(r[r.length-1]-r[0])/(365.25*K),n=Math.max(1,Math.round((r.length-1)/t));return{periodsPerYear:n,reason:`irregular bars (median spacing ${Hu(e)}): ${n} bars a year over the series' span`}}o(T1,"irregular");function Wu(r){return{periodsPerYear:Pr,reason:`assumed ${Pr} (daily trading bars) because ${r}; pass --periods-per-year to set it`}}o(Wu,"assumed");function C1(r){let e=Yu(r);return e===7?{periodsPerYear:ku,reason:"daily bars on all seven weekdays (calendar days, as crypto trades): 365"}:{periodsPerYear:Pr,reason:`daily bars on ${e} weekdays (trading days): 252`}}o(C1,"daily");function x1(r,e){let t=Yu(r),n=t===7?ku:Pr,a=Math.max(1,Math.round(K/e)),i=Math.round(Ne(k1(r))),u=i>=D1*a,l=u?a:i,c=n*l,f=t===7?"seven days a week":`${t} weekdays (trading days)`,m=u?`around the clock, ${l} bars a day`:`${l} bars on a typical day (median)`;return{periodsPerYear:c,reason:`${Y1(e)} bars, ${f}, ${m}: ${n} \xD7 ${l} = ${c}`}}o(x1,"intraday");function W1(r){let e=new Float64Array(r.length-1);for(let t=1;t<r.length;t++)e[t-1]=r[t]-r[t-1];return e}o(W1,"spacings");function Yu(r){let e=new Array(7).fill(0);for(let t=0;t<r.length;t++){let n=Math.floor(r[t]/K);e[((n+4)%7+7)%7]+=1}return e.filter(t=>t>=P1*r.length).length}o(Yu,"tradingWeekdays");function k1(r){let e=[],t=NaN;for(let n=0;n<r.length;n++){let a=Math.floor(r[n]/K);a===t?e[e.length-1]+=1:(e.push(1),t=a)}return e}o(k1,"barsPerDay");function Y1(r){return r%xu===0?`${r/xu}-hour`:r%6e4===0?`${r/6e4}-minute`:`${r/1e3}-second`}o(Y1,"formatBar");function Hu(r){return`${Number(r.toFixed(2))} days`}o(Hu,"formatDays");function H1(r,e){let{returns:t,timestamps:n}=r;if(n===null)return{starts:new Float64Array(0),returns:new Float64Array(0)};let a=pr(t,n,e),i=Q(n,e),u=new Float64Array(a.length),l=-1;for(let c=0;c<i.length;c++){if(c>0&&i[c]===i[c-1])continue;let{year:f,month:m}=W(n[c]);u[++l]=O(f,e==="month"?m:1,1)}return{starts:u,returns:a}}o(H1,"calendarAggregates");function G1(r){let e=new Float64Array(r.length),t=1;for(let n=0;n<r.length;n++)t*=1+r[n],e[n]=t-1;return e}o(G1,"cumulativeReturns");function Z(r,e){let t=new Float64Array(r.length).fill(NaN),n=new Float64Array(r.length).fill(NaN),a=0,i=0,u=0,l=0;for(let c=0;c<r.length;c++){let f=r[c];l=c>0&&f===r[c-1]?l+1:1,a+=1;let m=f-i;if(i+=m/a,u+=m*(f-i),c>=e){let p=r[c-e];a-=1;let h=p-i;i-=h/a,u-=h*(p-i)}if(c+1<e)continue;t[c]=i;let v=l>=e;n[c]=e<2?NaN:v?0:Math.sqrt(Math.max(0,u)/(e-1))}return{means:t,deviations:n}}o(Z,"rollingMoments");function B1(r,e,t){let{means:n,deviations:a}=Z(r,e),i=Math.sqrt(t);return n.map((u,l)=>u/a[l]*i)}o(B1,"rollingSharpe");function X1(r,e,t){let{means:n}=Z(r,e),a=Math.sqrt(t),i=new Float64Array(r.length).fill(NaN),u=0,l=0;for(let c=0;c<r.length;c++){let f=r[c];if(f<0&&(u+=f*f,l++),c>=e){let v=r[c-e];v<0&&(u-=v*v,l--)}if(c+1<e)continue;let m=Math.sqrt((l===0?0:u)/e);i[c]=n[c]/m*a}return i}o(X1,"rollingSortino");function $1(r,e,t){let{deviations:n}=Z(r,e),a=Math.sqrt(t);return n.map(i=>i*a)}o($1,"rollingVolatility");export{Gu as a,_ as b,I as c,Ye as d,O1 as e,L1 as f,H1 as g,G1 as h,B1 as i,X1 as j,$1 as k};
/*! Bundled license information:

@stdlib/utils-define-property/lib/define_property.js:
@stdlib/utils-define-property/lib/has_define_property_support.js:
@stdlib/math-base-special-abs/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2021 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/utils-define-property/lib/builtin.js:
@stdlib/utils-define-property/lib/polyfill.js:
@stdlib/utils-define-property/lib/index.js:
@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js:
@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js:
@stdlib/math-base-assert-is-nan/lib/main.js:
@stdlib/math-base-assert-is-nan/lib/index.js:
@stdlib/math-base-special-floor/lib/main.js:
@stdlib/math-base-special-floor/lib/index.js:
@stdlib/math-base-special-ceil/lib/main.js:
@stdlib/math-base-special-ceil/lib/index.js:
@stdlib/math-base-special-trunc/lib/main.js:
@stdlib/math-base-special-trunc/lib/index.js:
@stdlib/number-ctor/lib/main.js:
@stdlib/number-ctor/lib/index.js:
@stdlib/constants-float64-ninf/lib/index.js:
@stdlib/constants-float64-pinf/lib/index.js:
@stdlib/constants-float64-exponent-bias/lib/index.js:
@stdlib/constants-float64-max-base2-exponent/lib/index.js:
@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js:
@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js:
@stdlib/math-base-assert-is-infinite/lib/main.js:
@stdlib/math-base-assert-is-infinite/lib/index.js:
@stdlib/assert-has-symbol-support/lib/main.js:
@stdlib/assert-has-symbol-support/lib/index.js:
@stdlib/assert-has-tostringtag-support/lib/main.js:
@stdlib/assert-has-tostringtag-support/lib/index.js:
@stdlib/utils-native-class/lib/tostring.js:
@stdlib/utils-native-class/lib/main.js:
@stdlib/assert-has-own-property/lib/main.js:
@stdlib/assert-has-own-property/lib/index.js:
@stdlib/symbol-ctor/lib/main.js:
@stdlib/symbol-ctor/lib/index.js:
@stdlib/utils-native-class/lib/tostringtag.js:
@stdlib/utils-native-class/lib/polyfill.js:
@stdlib/utils-native-class/lib/index.js:
@stdlib/assert-is-uint32array/lib/main.js:
@stdlib/assert-is-uint32array/lib/index.js:
@stdlib/constants-uint32-max/lib/index.js:
@stdlib/assert-has-uint32array-support/lib/uint32array.js:
@stdlib/assert-has-uint32array-support/lib/main.js:
@stdlib/assert-has-uint32array-support/lib/index.js:
@stdlib/array-uint32/lib/main.js:
@stdlib/array-uint32/lib/polyfill.js:
@stdlib/array-uint32/lib/index.js:
@stdlib/assert-is-float64array/lib/main.js:
@stdlib/assert-is-float64array/lib/index.js:
@stdlib/assert-has-float64array-support/lib/float64array.js:
@stdlib/assert-has-float64array-support/lib/main.js:
@stdlib/assert-has-float64array-support/lib/index.js:
@stdlib/array-float64/lib/main.js:
@stdlib/array-float64/lib/polyfill.js:
@stdlib/array-float64/lib/index.js:
@stdlib/assert-is-uint8array/lib/main.js:
@stdlib/assert-is-uint8array/lib/index.js:
@stdlib/constants-uint8-max/lib/index.js:
@stdlib/assert-has-uint8array-support/lib/uint8array.js:
@stdlib/assert-has-uint8array-support/lib/main.js:
@stdlib/assert-has-uint8array-support/lib/index.js:
@stdlib/array-uint8/lib/main.js:
@stdlib/array-uint8/lib/polyfill.js:
@stdlib/array-uint8/lib/index.js:
@stdlib/assert-is-uint16array/lib/main.js:
@stdlib/assert-is-uint16array/lib/index.js:
@stdlib/constants-uint16-max/lib/index.js:
@stdlib/assert-has-uint16array-support/lib/uint16array.js:
@stdlib/assert-has-uint16array-support/lib/main.js:
@stdlib/assert-has-uint16array-support/lib/index.js:
@stdlib/array-uint16/lib/main.js:
@stdlib/array-uint16/lib/polyfill.js:
@stdlib/array-uint16/lib/index.js:
@stdlib/assert-is-little-endian/lib/ctors.js:
@stdlib/assert-is-little-endian/lib/main.js:
@stdlib/assert-is-little-endian/lib/index.js:
@stdlib/number-float64-base-to-words/lib/indices.js:
@stdlib/number-float64-base-to-words/lib/assign.js:
@stdlib/number-float64-base-to-words/lib/main.js:
@stdlib/number-float64-base-to-words/lib/index.js:
@stdlib/number-float64-base-get-high-word/lib/high.js:
@stdlib/number-float64-base-get-high-word/lib/main.js:
@stdlib/number-float64-base-get-high-word/lib/index.js:
@stdlib/number-float64-base-from-words/lib/indices.js:
@stdlib/number-float64-base-from-words/lib/main.js:
@stdlib/number-float64-base-from-words/lib/index.js:
@stdlib/math-base-special-copysign/lib/main.js:
@stdlib/math-base-special-copysign/lib/index.js:
@stdlib/constants-float64-smallest-normal/lib/index.js:
@stdlib/math-base-special-abs/lib/index.js:
@stdlib/number-float64-base-normalize/lib/assign.js:
@stdlib/number-float64-base-normalize/lib/main.js:
@stdlib/number-float64-base-normalize/lib/index.js:
@stdlib/constants-float64-high-word-exponent-mask/lib/index.js:
@stdlib/number-float64-base-exponent/lib/main.js:
@stdlib/number-float64-base-exponent/lib/index.js:
@stdlib/math-base-special-ldexp/lib/main.js:
@stdlib/math-base-special-ldexp/lib/index.js:
@stdlib/math-base-special-exp/lib/index.js:
@stdlib/number-float64-base-set-low-word/lib/low.js:
@stdlib/number-float64-base-set-low-word/lib/main.js:
@stdlib/number-float64-base-set-low-word/lib/index.js:
@stdlib/math-base-special-erfc/lib/index.js:
@stdlib/math-base-special-sqrt/lib/main.js:
@stdlib/math-base-special-sqrt/lib/index.js:
@stdlib/stats-base-dists-normal-cdf/lib/main.js:
@stdlib/utils-constant-function/lib/main.js:
@stdlib/utils-constant-function/lib/index.js:
@stdlib/stats-base-dists-degenerate-cdf/lib/main.js:
@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js:
@stdlib/stats-base-dists-degenerate-cdf/lib/index.js:
@stdlib/stats-base-dists-normal-cdf/lib/factory.js:
@stdlib/stats-base-dists-normal-cdf/lib/index.js:
@stdlib/number-float64-base-set-high-word/lib/high.js:
@stdlib/number-float64-base-set-high-word/lib/main.js:
@stdlib/number-float64-base-set-high-word/lib/index.js:
@stdlib/math-base-special-ln/lib/index.js:
@stdlib/math-base-special-erfinv/lib/index.js:
@stdlib/stats-base-dists-normal-quantile/lib/main.js:
@stdlib/stats-base-dists-degenerate-quantile/lib/main.js:
@stdlib/stats-base-dists-degenerate-quantile/lib/factory.js:
@stdlib/stats-base-dists-degenerate-quantile/lib/index.js:
@stdlib/stats-base-dists-normal-quantile/lib/factory.js:
@stdlib/stats-base-dists-normal-quantile/lib/index.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/string-base-format-interpolate/lib/is_number.js:
@stdlib/string-base-format-interpolate/lib/zero_pad.js:
@stdlib/string-base-format-interpolate/lib/format_integer.js:
@stdlib/string-base-format-interpolate/lib/is_string.js:
@stdlib/string-base-format-interpolate/lib/format_double.js:
@stdlib/string-base-format-interpolate/lib/space_pad.js:
@stdlib/string-base-format-interpolate/lib/main.js:
@stdlib/string-base-format-interpolate/lib/index.js:
@stdlib/string-base-format-tokenize/lib/main.js:
@stdlib/string-base-format-tokenize/lib/index.js:
@stdlib/string-format/lib/is_string.js:
@stdlib/string-format/lib/main.js:
@stdlib/string-format/lib/index.js:
@stdlib/constants-float64-high-word-sign-mask/lib/index.js:
@stdlib/constants-float64-high-word-abs-mask/lib/index.js:
@stdlib/math-base-special-exp/lib/polyval_p.js:
@stdlib/math-base-special-erfc/lib/polyval_pp.js:
@stdlib/math-base-special-erfc/lib/polyval_qq.js:
@stdlib/math-base-special-erfc/lib/polyval_pa.js:
@stdlib/math-base-special-erfc/lib/polyval_qa.js:
@stdlib/math-base-special-erfc/lib/polyval_ra.js:
@stdlib/math-base-special-erfc/lib/polyval_sa.js:
@stdlib/math-base-special-erfc/lib/polyval_rb.js:
@stdlib/math-base-special-erfc/lib/polyval_sb.js:
@stdlib/math-base-special-ln/lib/polyval_p.js:
@stdlib/math-base-special-ln/lib/polyval_q.js:
@stdlib/math-base-special-erfinv/lib/rational_p1q1.js:
@stdlib/math-base-special-erfinv/lib/rational_p2q2.js:
@stdlib/math-base-special-erfinv/lib/rational_p3q3.js:
@stdlib/math-base-special-erfinv/lib/rational_p4q4.js:
@stdlib/math-base-special-erfinv/lib/rational_p5q5.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2022 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/math-base-special-exp/lib/expmulti.js:
@stdlib/math-base-special-exp/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (c) 2009 The Go Authors. All rights reserved.
  *
  * Redistribution and use in source and binary forms, with or without
  * modification, are permitted provided that the following conditions are
  * met:
  *
  *    * Redistributions of source code must retain the above copyright
  * notice, this list of conditions and the following disclaimer.
  *    * Redistributions in binary form must reproduce the above
  * copyright notice, this list of conditions and the following disclaimer
  * in the documentation and/or other materials provided with the
  * distribution.
  *    * Neither the name of Google Inc. nor the names of its
  * contributors may be used to endorse or promote products derived from
  * this software without specific prior written permission.
  *
  * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
  * "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
  * LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
  * A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
  * OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
  * SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
  * LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
  * DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
  * THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
  * (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
  * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
  * ```
  *
  * ```text
  * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-erfc/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-ln/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-erfinv/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_48_0/boost/math/special_functions/detail/erf_inv.hpp}. This implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)
*/
