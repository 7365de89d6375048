// Abbreviation lists from pySBD 0.3.4 (MIT License, Copyright (c) 2019 Nipun Sadvilkar), which took
// them from pragmatic_segmenter (MIT License, Copyright (c) 2015 Kevin S. Dias). Entries are lower-cased
// and separated by "|"; some hold spaces or periods ("s. r. o", "e.g").

extension SentenceSplitter.AbbreviationLists {
    static let it = SentenceSplitter.AbbreviationLists(
        all: """
        1°|a.c|a.c/a|a.cam|a.civ|a.cor|a.d.r|a.gov|a.mil|a.mon|a.smv|a.v|a/a|a/c|a/i|aa|aaaa|aaal|aacst|\
        aamct|aams|aar|aato|ab|abbigl|abbrev|abc|abi|abl|abm|abr|abs|absp|ac|acam|acb|acbi|acc|accorc|ac\
        cr|acd|ace|acec|acep|aci|acli|acp|acro|acsit|actl|ad|ad.mil|ada|adap|adatt|adc|add|adei|adeion|a\
        dhd|adi|adisco|adj|adm|adp|adr|ads|adsi|adsl|adv|ae.b|aefi|aer|aerodin|aeron|afa|afc|afci|affl|a\
        fi|afic|afm|afp|ag|agcm|agcom|age|agecs|agesci|agg|agip|agis|agm|ago|agr|agric|agt|ai|aia|aiab|a\
        iac|aiace|aiap|aias|aiat|aib|aic|aica|aicel|aici|aics|aid|aida|aidaa|aidac|aidama|aidda|aidim|ai\
        do|aids|aies|aif|aih|aiip|aimi|aip|aipsc|airi|ais|aisa|aism|aiss|aissca|aitc|aiti|aitr|aits|aka|\
        al|alai|alch|alg|ali|alim|all|allev|allus|alp|alq|alt|am|ama|amaci|amag|amami|amc|ammec|amn|ampa\
        s|amps|an|ana|anaai|anac|anaci|anad|anai|anaoo|anart|anat|anat. comp|ancci|anci|ancip|ancsa|andi\
        t|anec|anee|anem|anes|anffas|ani|ania|anica|anie|animi|anis|anisc|anm|anmfit|anmig|anmil|anmli|a\
        nms|anpa|anpas|anpci|anpe|anpi|ansi|ansv|ant|anta|antifr|antlo|anton|antrop|anusca|anvi|anx|ao|a\
        p|apa|apd|apea|apec|apet|api|apos|app|app.sc|apr|aps|apt|aq|ar|ar.ind|ar.rep|arald|arame|arc|arc\
        h|archeol|arci|ardsu|are|arg|aritm|arpa|arpat|arred|arrt|arsia|art|arti min|artig|artigl|artt|as\
        |asa|asae|asc|asci|ascii|ascom|ascop|asd|ase|asf|asfer|asg|asic|asifa|asl|asmdc|asmi|asp|aspic|a\
        spp|assi|assic|assol|asst|aster|astr|astrol|astron|at|ata|atb|atic|atm|ats|att|attrav|atv|au|auc\
        |aus|auser|aut|autom|av|avi|avis|avo|avv|avvers|awb|awdp|az|azh|b.a|b2b|b2c|ba|bafta|bal|ball|ba\
        n|banc|bar|bart|bas|bat|batt|bban|bbc|bbl|bbs|bbtc|bcc|bce|bcf|bdf|bei|bep|bers|bg|bi|bibl|bic|b\
        ioch|biol|bl|bld|bldg|blpc|bm|bmps|bmw|bn|bna|bncf|bncrm|bni|bnl|bo|bot|bpl|bpm|bpn|bpr|br|brd|b\
        re|bric|brig|brig.ca|brig.gen|bros|bs|bsc|bsp|bsu|bt|btc|btg|btg.l|btr|bts|bu|bur|bz|c.a|c.a.p|c\
        .c.p|c.cost|c.d a|c.d|c.le|c.m|c.opv|c.p|c.s|c.v|c.v.d|c/a|c/c|c/pag|ca|ca.rep|ca.sm|ca.sz|ca.uf\
        |caaf|cab|cad|cae|cai|cal|cam|cap|capol|capt|car|car.sc|carat|card|cas|casaca|casd|cass.civ|cat|\
        caus|cav|cavg|cb|cbd|cbr|cbs|cc|cca|ccap|ccda|ccdp|ccee|cciaa|ccie|ccip|cciss|ccna|ccnl|ccnp|ccp\
        b|ccs|ccsp|cctld|cctv|ccv|cd|cda|cdma|cdo|cdpd|cdr|cds|cdw|ce|ced|cee|cei|cemat|cenelec|centr|ce\
        pis|ceps|cept|cerit|cese|cesis|cesvot|cet|cf|cfa|cfr|cg|cgi|cgil|cgs|ch|chf|chim|chim. ind|chir|\
        ci|ci-europa|ciber|cicae|cid|cie|cif|cifej|cig|cigs|cii|cilea|cilo|cim|cime|cin|cinit|cio|cipe|c\
        irm|cisal|ciscs|cisd|cisl|cism|citol|cl|class|cli|cm|cmdr|cme|cmo|cmr|cms|cmyk|cm²|cm³|cn|cna|cn\
        b|cnc|cnel|cngei|cni|cnipa|cnit|cnn|cnr|cns|cnt|cnvvf|co|co.ing|co.sa|cobas|coc|cod|cod. civ|cod\
        . deont. not|cod. pen|cod. proc. civ|cod. proc. pen|codec|coi|col|colf|coll|com|comdr|comm|comp|\
        compar|compl|con|conai|conc|concl|condiz|confetra|confitarma|confr|cong|congeav|congiunt|coni|co\
        niug|consec|consob|contab|contr|coreco|corp|corr|correl|corrisp|cosap|cospe|cost|costr|cpc|cpdel\
        |cpe|cpi|cpl|cpt|cpu|cr|cral|credem|crf|cri|cric|cristall|crm|cro|cron|crsm|crt|cs|csa|csai|csc|\
        csm|csn|css|ct|ctc|cti|ctr|ctsis|cuc|cud|cun|cup|cusi|cvb|cvbs|cwt|cz|d|d.c|d.i.a|dab|dac|dam|da\
        ms|dat|dau|db|dbms|dc|dca|dccc|dda|ddp|ddr|ddt|dea|decoraz|dect|dek|denom|deriv|derm|determ|df|d\
        fp|dg|dga|dhcp|di|dia|dial|dic|dicomac|dif|difett|dig. iv|digos|dimin|dimostr|din|dipart|diplom|\
        dir|dir. amm|dir. can|dir. civ|dir. d. lav|dir. giur|dir. internaz|dir. it|dir. pen|dir. priv|di\
        r. proces|dir. pub|dir. rom|disus|diy|dl|dlf|dm|dme|dmf|dmo|dmoz|dm²|dm³|dnr|dns|doa|doc|docg|do\
        m|dop|dos|dott|dpa|dpi|dpl|dpof|dps|dpt|dr|dra|drm|drs|dry pt|ds|dslam|dspn|dss|dtc|dtmf|dtp|dts\
        |dv|dvb|dvb-t|dvd|dvi|dwdm|e.g|e.p.c|ead|eafrd|ean|eap|easw|eb|eban|ebr|ebri|ebtn|ecc|eccl|ecdl|\
        ecfa|ecff|ecg|ecm|econ|econ. az|econ. dom|econ. pol|ecpnm|ed|ed agg|edge|edi|edil|edit|ef|efa|ef\
        cb|efp|efsa|efta|eg|egiz|egl|egr|ei|eisa|elab|elettr|elettron|ellitt|emap|emas|embr|emdr|emi|emr\
        |en|enaip|enal|enaoli|enapi|encat|enclic|enea|enel|eni|enigm|enit|enol|enpa|enpaf|enpals|enpi|en\
        pmf|ens|entom|epd|epigr|epirbs|epl|epo|ept|erc|ercom|ermes|erp|es|esa|escl|esist|eso|esp|estens|\
        estr. min|etacs|etf|eti|etim|etn|etol|eu|eufem|eufic|eula|eva®|f.a|f.b|f.m|f.p|fa|fabi|fac|facl|\
        facs|fad|fai|faile|failp|failpa|faisa|falcri|fam|famar|fans|fao|fapav|faq|farm|fasi|fasib|fatt|f\
        be|fbi|fc|fco|fcp|fcr|fcu|fdi|fe|feaog|feaosc|feb|fedic|fema|feoga|ferr|fesco|fesr|fess|fg|fi|fi\
        af|fiaip|fiais|fialtel|fiap|fiapf|fiat|fiavet|fic|ficc|fice|fidal|fidam|fidapa|fieg|fifa|fifo|fi\
        g|figc|figs|filat|filcams|file|filol|filos|fim|fima|fimmg|fin|finco|fio|fioto|fipe|fipresci|fis|\
        fisar|fisc|fisg|fisiol|fisiopatol|fistel|fit|fita|fitav|fits|fiv|fivet|fivl|flo|flpd|fluid pt|fm\
        |fmcg|fmi|fmth|fnas|fnomceo|fnsi|fob|fod|folcl|fon|fop|fotogr|fp|fpc|fpld|fr|fra|fs|fsc|fse|fsf|\
        fsfi|fsh|ft|ftase|ftbcc|fte|ftp|fts|ft²|ft³|fuaav|fut|fv|fvg|g.fv|g.u|g.u.el|gal|gats|gatt|gb|gc\
        |gccc|gco|gcost|gd|gdd|gdf|gdi|gdo|gdp|ge|gea|gel|gen|geneal|geod|geofis|geogr|geogr. antr|geogr\
        . fis|geol|geom|gep|germ|gescal|gg|ggv|gi|gia|gides|gift|gio|giorn|gis|gisma|gismo|giu|gm|gmdss|\
        gme|gmo|go|gov|gp|gpl|gprs|gps|gr|gr.sel.spec|gr.sel.tr|gr.sqd|gra|gram|grano|grd|grtn|grv|gsa|g\
        sm|gsm-r|gsr|gtld|gu|guce|gui|gus|ha|haart|haccp|hba|hcg|hcrp|hd-dvd|hdcp|hdi|hdml|hdtv|hepa|hfp\
        a|hg|hifi|hiperlan|hiv|hm|hmld|hon|hosp|hpv|hr|hrh|hrm|hrt|html|http|hvac|hz|i.e|i.g.m|iana|iasb\
        |iasc|iass|iat|iata|iatse|iau|iban|ibid|ibm|icann|icao|icbi|iccu|ice|icf|ici|icm|icom|icon|ics|i\
        csi|icstis|ict|icta|id|iden|idl|idraul|iec|iedm|ieee|ietf|ifat|ifel|ifla|ifrs|ifto|ifts|ig|igm|i\
        gmp|igp|iims|iipp|ilm|ilo|ilor|ils|im|imaie|imap|imc|imdb|imei|imi|imms|imo|imp|imper|imperf|imp\
        ers|imq|ims|imsi|in|inail|inca|incb|inci|ind|ind. agr|ind. alim|ind. cart|ind. chim|ind. cuoio|i\
        nd. estratt|ind. graf|ind. mecc|ind. tess|indecl|indef|indeterm|indire|inea|inf|infea|infm|infor\
        m|ing|ingl|inmarsat|inpdai|inpdap|inpgi|inps|inr|inran|ins|insp|int|inter|intr|invar|invim|in²|i\
        n³|ioma|iosco|ip|ipab|ipasvi|ipi|ippc|ips|iptv|iq|ira|irap|ircc|ircs|irda|iref|ires|iron|irpef|i\
        rpeg|irpet|irreg|is|isae|isbd|isbn|isc|isdn|isee|isef|isfol|isg|isi|isia|ism|ismea|isnart|iso|is\
        p|ispearmi|ispel|ispescuole|ispesl|ispo|ispro|iss|issn|istat|istol|isvap|it|iti|itt|ittiol|itu|i\
        ud|iugr|iulm|iva|iveco|ivg|ivr|ivs|iyhp|j|jal|jit|jr|jv|k|kb|kee|kg|kkk|klm|km|km/h|kmph|kmq|km²\
        |kr|kw|kwh|l|l'ing|l.n|l'avv|la|lag|lan|lanc|larn|laser|lat|lav|lav. femm|lav. pubbl|laz|lb|lc|l\
        cca|lcd|le|led|lett|lh|li|liaf|lib|lic|lic.ord|lic.strd|licd|lice|lida|lidci|liff|lifo|lig|liit|\
        lila|lilt|linfa|ling|lipu|lis|lisaac|lism|lit|litab|lnp|lo|loc|loc. div|lolo|lom|long|lp|lrm|lrm\
        s|lsi|lsu|lt|ltd|lu|lug|luiss|lun|lwt|lww|m.a|m.b|m.o|m/s|ma|mac|macch|mag|magg.(maj)|magg.gen.(\
        maj.gen.)|mai|maj|mar|mar.a|mar.ca|mar.ord|marc|mat|mater|max|mb|mbac|mc|mcl|mcpc|mcs|md|mdf|mdp\
        |me|mec|mecc|med|mediev|mef|mer|merc|merid|mesa|messrs|metall|meteor|metr|metrol|mg|mgc|mgm|mi|m\
        ibac|mica|microb|mifed|miglio nautico|miglio nautico per ora|miglio nautico²|miglio²|mil|mile|mi\
        les/h|milesph|min|miner|mips|miptv|mit|mitol|miur|ml|mlle|mls|mm|mme|mms|mm²|mn|mnp|mo|mod|mol|m\
        ons|morf|mos|mpaa|mpd|mpeg|mpi|mps|mq|mr|mrs|ms|msgr|mss|mt|mto|murst|mus|mvds|mws|m²|m³|n.a|n.b\
        |na|naa|nafta|napt|nars|nasa|nat|natas|nato|nb|nba|nbc|ncts|nd|nda|nde|ndr|ndt|ne|ned|neg|neol|n\
        etpac|neur|news!|ngcc|nhmf|nlcc|nmr|no|nodo|nom|nos|nov|novissdi|npi|nr|nt|nta|nts|ntsc|nu|nuct|\
        numism|nwt|nyc|nz|o.m.i|oai-pmh|oav|oc|occ|occult|oci|ocr|ocse|oculist|od|odg|odp|oecd|oem|ofdm|\
        oft|og|ogg|ogi|ogm|ohim|oic|oics|olaf|oland|ole|oled|omi|oms|on|ong|onig|onlus|onomat|onpi|onu|o\
        p|opac|opec|opord|opsosa|or|ord|ord. scol|ore|oref|orient|ornit|orogr|orp|ort|os|osa|osas|osd|ot\
        |ote|ott|oz|p|p.a|p.c|p.c.c|p.es|p.f|p.m|p.r|p.s|p.t|p.v|pa|pac|pag./p|pagg./pp|pai|pal|paleobot\
        |paleogr|paleont|paleozool|paletn|pamr|pan|papir|par|parapsicol|part|partic|pass|pat|patol|pb|pc\
        |pci|pcm|pcmcia|pcs|pcss|pct|pd|pda|pdf|pdl|pds|pe|pec|ped|pedag|peg|pegg|per.ind|pers|pert|pesq\
        |pet|petr|petrogr|pfc|pg|pga|pgp|pgut|ph|php|pi|pics|pie|pif|pii|pil|pime|pin|pine|pip|pir|pit|p\
        itt|piuss|pkcs|pki|pko|pl|pli|plr|pm|pma|pmi|pmr|pn|pnf|pnl|po|poet|pof|pol|pop|popitt|popol|por\
        t|pos|poss|post|pots|pp|ppa|ppc|ppga|ppp|pps|pptt|ppv|pr|pra|praa|pref|preist|prep|pres|pret|prg\
        |pri|priv|pro.civ|prof|pron|pronom|propr|prov|prs|prtl|prusst|ps|pse|psi|psicoan|psicol|pso|psp|\
        pstn|pt|ptc|pti|ptsd|ptt|pu|pug|puk|put|pv|pvb|pvc|pvt|pz|qb|qcs|qfd|qg|qi|qlco|qlcu|qos|qualif|\
        r-lan|r.s|ra|racc|radar|radc|radiotecn|raee|raf|rag|raid|ram|rar|ras|rass. avv. stato|rc|rca|rcd\
        p|rcs|rdc|rdco|rdf|rdi|rdp|rds|rdt|re|rea|recipr|recl|reg|region|rel|rem|rep|reps|res|retor|rev|\
        rfi|rfid|rg|rgb|rgc|rge|rgi|rgi bdp|rgpt|rgt|ri|riaa|riaj|riba|ric|rid|rif|rifl|rina|rip|ris|rit\
        |ritts|rm|rmn|rn|ro|roa|roc|roi|rom|roro|rov|rp|rpm|rr|rrf|rs|rsc|rspp|rss|rsu|rsvp|rt|rtdpc|rtg\
        |rtn|rtp|rttt|rvm|s-dab|s.a|s.b.f|s.n.c|s.p.a|s.p.m|s.r.l|s.ten|s.v|s/m|sa|sab|saca|sace|sact|sa\
        d|sag|sahm|sai|saisa|sam|san|sanas|sape|sar|sars|sart|sas|sbaf|sbas|sbn|sc|sca.sm|scherz|scien|s\
        cn|scsi|scuba|scult|scut|sdds|sdiaf|sds|sdsl|se|seat|sebc|sec|seca|secam|secc|see|seg|segg|segre\
        difesa|sem|sempo|sen|sens|seo|serg|serg.magg.(sgm)|serg.magg.ca|set|sfc|sfis|sfx|sg|sga|sgc|sgg|\
        sgml|sgt|si|si@lt|sia|siae|siaic|siap|sias|sic|sicav|sid|sido|sie|sif|sig|sig.na|sig.ra|sige|sig\
        g|sigill|sigo|siia|simb|simbdea|simg|simo|sin|sinalv|sing|sins|sinu|siocmf|siog|sioi|siommms|sio\
        t|sip|sipem|sips|sirf|sirm|sis|sisde|sismi|sissa|sit|siulp|siusa|sla|sldn|slm|slr|sm|sma|smau|sm\
        d|sme|smes|smm|smpt|sms|sn|snad|snai|snc|sncci|sncf|sngci|snit|so|soc|sociol|sogg|soho|soi|sol|s\
        omipar|somm|sonar|sp|spa|spe|spett|spi|spm|spot|spp|spreg|sq|sqd|sr|srd|srl|srr|ss|ssi|ssn|ssr|s\
        ss|st|st. d. arte|st. d. dir|st. d. filos|st. d. rel|stat|stg|stp|stw|su|suap|suem|suff|sup|supe\
        rl|supt|surg|surl|susm|sut|suv|sv|svga|swics|swift|swot|sxga|sz|t-dab|t.sg|ta|taa|tac|tacan|tacs\
        |taeg|tai|tan|tar|targa|tav|tb|tbt|tci|tcp|tcp/ip|tcsm|tdm|tdma|te|tecn|tecnol|ted|tel|telecom|t\
        emp|ten.(lt)|ten.col.(ltc)|ten.gen|teol|term|tesa|tese|tesol|tess|tet|tetra|tfr|tft|tfts|tgv|thx\
        |tim|tipogr|tir|tit|tld|tm|tmc|tn|to|toefl|ton|top|topog|tos|tosap|tosc|tp|tpl|tr|trad|tramat|tr\
        asp|ts|tso|tuir|tuld|tv|twa|twain|u.ad|u.s|ucai|ucca|ucei|ucina|uclaf|ucoi|ucoii|ucsi|ud|udc|udi\
        |udp|ue|uefa|uemri|ufo|ugc|uhci|uhf|uht|uibm|uic|uicc|uiga|uil|uilps|uisp|uits|uk|ul|ull|uma|umb\
        |ummc|umss|umts|unac|unar|unasp|uncem|unctad|undp|unefa|unep|unesco|ungh|unhcr|uni|unicef|unitec\
        |unpredep|unsa|upa|upc|urar|urban|url|urp|urss|usa|usb|usfi|usga|usl|usp|uspi|ussr|utap|v|v.brig\
        |v.cte|v.m|v.p|v.r|v.s|va|vab|vaio|val|vas|vb|vbr|vc|vcc|vcr|vda|ve|ven|ves|vesa|veter|vezz|vfb|\
        vfp|vfx|vga|vhf|vhs|vi|via|vip|vis|vn|vo|voc|voip|vol|volg|voll|vor|vpdn|vpn|vr|vs|vsp|vt|vtc|vt\
        s|vtt|vv|vvf|wai|wais|wan|wap|wasp|wc|wcdma|wcm|wga|wi-fi|wipo|wisp|wll|wml|wms|worm|wp|wpan|wss\
        n|wto|wwan|wwf|www|wygiwys|xl|xml|xs|xxl|xxs|yaf|yb|yci|yd|yd²|yd³|ymca|zat|zb|zcs|zdf|zdg|zift|\
        zool|zoot|ztc|ztl|°c|°f|°n|°ra|°ré|µg
        """,
        prepositive: """
        a.c|acc|adj|adm|adv|all|amn|arch|asst|avv|banc|bart|bcc|bldg|brig|bros|c.a|c.a.p|c.c.p|c.m|c.p|c\
        .s|c.v|capt|cc|cmdr|co|col|comdr|con|corp|corr|cpl|dir|dott|dr|drs|e.p.c|ecc|egr|ens|es|fatt|gen\
        |geom|gg|gov|hon|hosp|hr|id|ing|insp|int|l'avv|l'ing|lett|lt|maj|messrs|mlle|mm|mme|mo|mons|mr|m\
        rs|ms|msgr|n.b|ogg|on|op|ord|p.c|p.c.c|p.es|p.f|p.r|p.s|p.t|p.v|pfc|ph|post|pp|prof|psicol|pvt|r\
        acc|rag|rep|reps|res|rev|ric|rif|rp|rsvp|rt|s.a|s.b.f|s.n.c|s.p.a|s.p.m|s.r.l|seg|sen|sens|sfc|s\
        gg|sgt|sig|sigg|soc|spett|sr|ss|st|supt|surg|tel|u.s|v.p|v.r|v.s
        """,
        numeric: """
        art|no|nos|nr|pp
        """)
    static let nl = SentenceSplitter.AbbreviationLists(
        all: """
        a.2d|a.a|a.a.j.b|a.f.t|a.g.j.b|a.h.v|a.h.w|a.hosp|a.i|a.j.b|a.j.t|a.m|a.m.r|a.p.m|a.p.r|a.p.t|a.\
        s|a.t.d.f|a.u.b|a.v.a|a.w|aanbev|aanbev.comm|aant|aanv.st|aanw|vnw|aanw.vnw|abd|abm|abs|acc.& fi\
        sc|acc.act|acc.bedr.m|acc.bedr.t|acc.thema's m.|acc.thema’s m|achterv|act.dr|act.dr.fam|act.fisc\
        |act.soc|adm.akk|adm.besl|adm.lex|adm.onderr|adm.ov|adv|gen|adv.bl|afd|afl|aggl.verord|agr|al|al\
        g|alg.richts|amén|ann.dr|ann.dr.lg|ann.dr.sc.pol|ann.ét.eur|ann.fac.dr.lg|ann.jur.créd|ann.jur.c\
        réd.règl.coll|ann.not|ann.parl|ann.prat.comm|app|arb|aud|arbbl|arbh|arbit.besl|arbrb|arr|arr.cas\
        s|arr.r.v.st|arr.verbr|arrondrb|art|artw|b|en w|b.&w|b.a|b.a.s|b.b.o|b.best.dep|b.br.ex|b.coll.f\
        r.gem.comm|b.coll.vl.gem.comm|b.d.cult.r|b.d.gem.ex|b.d.gem.reg|b.dep|b.e.b|b.f.r|b.fr.gem.ex|b.\
        fr.gem.reg|b.i.h|b.inl.j.d|b.inl.s.reg|b.j|b.l|b.lid br.ex|b.lid d.gem.ex|b.lid fr.gem.ex|b.lid \
        vl.ex|b.lid w.gew.ex|b.o.z|b.prov.r|b.r.h|b.s|b.sr|b.stb|b.t.i.r|b.t.s.z|b.t.w.rev|b.v|b.ver.col\
        l.gem.gem.comm|b.verg.r.b|b.versl|b.vl.ex|b.voorl.reg|b.w|b.w.gew.ex|b.z.d.g|b.z.v|bab|bank fin|\
        bank fin.r|bedr.org|begins|beheersov|bekendm.comm|bel|bel.besch|bel.w.p|beleidsov|belg|grondw|be\
        nelux jur|ber|ber.w|besch|besl|beslagr|besluitwet nr|bestuurswet|bet|betr|bevest|bew|bijbl|ind|e\
        ig|bijbl.n.bijdr|bijl|bijv|bijw|bijz.decr|bin.b|bkh|bl|blz|bm|bn|bnlx merkw|bnlx tek|bnlx uitl|r\
        h|bnw|bouwr|br drs|br.parl|bs|bt drs|btw rev|bull|bull.adm.pénit|bull.ass|bull.b.m.m|bull.bel|bu\
        ll.best.strafinr|bull.bmm|bull.c.b.n|bull.c.n.c|bull.cbn|bull.centr.arb|bull.cnc|bull.contr|bull\
        .doc.min.fin|bull.f.e.b|bull.feb|bull.fisc.fin.r|bull.i.u.m|bull.inf.ass.secr.soc|bull.inf.i.e.c\
        |bull.inf.i.n.a.m.i|bull.inf.i.r.e|bull.inf.iec|bull.inf.inami|bull.inf.ire|bull.inst.arb|bull.i\
        um|bull.jur.imm|bull.lég.b|bull.off|bull.trim.b.dr.comp|bull.us|bull.v.b.o|bull.vbo|bv i.o|bv|bw\
         int.reg|bw|bxh|byz|c|c.& f|c.& f.p|c.a|c.a.-a|c.a.b.g|c.c|c.c.i|c.c.s|c.conc.jur|c.d.e|c.d.p.k|\
        c.e|c.ex|c.f|c.h.a|c.i.f|c.i.f.i.c|c.j|c.l|c.n|c.o.d|c.p|c.pr.civ|c.q|c.r|c.r.a|c.s|c.s.a|c.s.q.\
        n|c.v|c.v.a|c.v.o|ca|cadeaust|cah.const|cah.dr.europ|cah.dr.immo|cah.dr.jud|cal|2d|3e|rprt|cap|c\
        arg|cass|verw|cert|cf|ch|chron|chron.d.s|chron.dr.not|cie|verz.schr|cir|circ|circ.z|cit|cit.loc|\
        civ|cl.et.b|cmt|co|cognoss.v|coll|v|colp.w|com|cas|com.v.min|comm|comm.bijz.ov|comm.erf|comm.fin\
        |comm.ger|comm.handel|comm.pers|comm.pub|comm.straf|comm.v|comm.v.en v|comm.venn|comm.verz|comm.\
        voor|comp|compt.w|computerr|con.m|concl|concr|conf|confl.w|confl.w.huwbetr|cons|conv|coöp|ver|co\
        rr|corr.bl|cour de cass|cour.fisc|cour.immo|cridon|crim|cur|crt|curs|d|d.-g|d.a|d.a.v|d.b.f|d.c|\
        d.c.c.r|d.d|d.d.p|d.e.t|d.gem.r|d.h|d.h.z|d.i|d.i.t|d.j|d.l.r|d.m|d.m.v|d.o.v|d.parl|d.w.z|dact|\
        dat|dbesch|dbesl|de advoc|de belg.acc|de burg.st|de gem|de gerechtsd|de venn|de verz|decr|decr.d\
        |decr.fr|decr.vl|decr.w|def|dep.opv|dep.rtl|derg|desp|det.mag|deurw.regl|dez|dgl|dhr|disp|diss|d\
        iv|div.act|div.bel|dl|dln|dnotz|doc|hist|doc.jur.b|doc.min.fin|doc.parl|doctr|dpl|dpl.besl|dr|dr\
        .banc.fin|dr.circ|dr.inform|dr.mr|dr.pén.entr|dr.q.m|drs|dtp|dwz|dyn|e cont|e|e.a|e.b|tek.mod|e.\
        c|e.c.a|e.d|e.e|e.e.a|e.e.g|e.g|e.g.a|e.h.a|e.i|e.j|e.m.a|e.n.a.c|e.o|e.p.c|e.r.c|e.r.f|e.r.h|e.\
        r.o|e.r.p|e.r.v|e.s.r.a|e.s.t|e.v|e.v.a|e.w|e&o.e|ec.pol.r|echos log|econ|ed|ed(s)|eeg verd.v|ee\
        x san s|eff|eg rtl|eig.mag|eil|elektr|enmb|entr.et dr|enz|err|et al|et seq|etc|etq|eur|parl|eur.\
        t.s|eur.verd.overdracht strafv|ev rechtsh|ev uitl|ev|evt|ex|ex.crim|exec|f|f.a.o|f.a.q|f.a.s|f.i\
        .b|f.j.f|f.o.b|f.o.r|f.o.s|f.o.t|f.r|f.supp|f.suppl|fa|facs|fare act|fasc|fg|fid.ber|fig|fin.ver\
        h.w|fisc|tijdschr|fisc.act|fisc.koer|fl|form|foro|it|fr|fr.cult.r|fr.gem.r|fr.parl|fra|ft|g|g.a|\
        g.a.v|g.a.w.v|g.g.d|g.m.t|g.o|g.omt.e|g.p|g.s|g.v|g.w.w|geb|gebr|gebrs|gec|gec.decr|ged|ged.st|g\
        edipl|gedr.st|geh|gem|en gew|en prov|gem.gem.comm|gem.st|gem.stem|gem.w|gem.wet, gem.wet|gemeens\
        ch.optr|gemeensch.standp|gemeensch.strat|gemeent|gemeent.b|gemeent.regl|gemeent.verord|geol|geop\
        p|gepubl|ger.deurw|ger.w|gerekw|gereq|gesch|get|getr|gev.m|gev.maatr|gew|ghert|gir.eff.verk|gk|g\
        r|gramm|grat.w|gron,opm.en leermed|grootb.w|grs|grur ausl|grur int|grvm|grw|gst|gw|h.a|h.a.v.o|h\
        .b.o|h.e.a.o|h.e.g.a|h.e.geb|h.e.gestr|h.l|h.m|h.o|h.r|h.t.l|h.t.m|h.w.geb|hand|handelsn.w|hande\
        lspr|handelsr.w|handelsreg.w|handv|harv.l.rev|hc|herald|hert|herz|hfdst|hfst|hgrw|hhr|hooggel|ho\
        ogl|hosp|hpw|hr|ms|hr.ms|hregw|hrg|hst|huis.just|huisv.w|huurbl|hv.vn|hw|hyp.w|i.b.s|i.c|i.c.m.h\
        |i.e|i.f|i.f.p|i.g.v|i.h|i.h.a|i.h.b|i.l.pr|i.o|i.p.o|i.p.r|i.p.v|i.pl.v|i.r.d.i|i.s.m|i.t.t|i.v\
        |i.v.m|i.v.s|i.w.tr|i.z|ib|ibid|icip-ing.cons|iem|ind prop|indic.soc|indiv|inf|inf.i.d.a.c|inf.i\
        dac|inf.r.i.z.i.v|inf.riziv|inf.soc.secr|ing|ing.cons|inst|int|rechtsh|strafz|int'l & comp.l.q.|\
        interm|intern.fisc.act|intern.vervoerr|inv|inv.w|inv.wet|invord.w|inz|ir|irspr|iwtr|j|j.-cl|j.c.\
        b|j.c.e|j.c.fl|j.c.j|j.c.p|j.d.e|j.d.f|j.d.s.c|j.dr.jeun|j.j.d|j.j.p|j.j.pol|j.l|j.l.m.b|j.l.o|j\
        .ordre pharm|j.p.a|j.r.s|j.t|j.t.d.e|j.t.dr.eur|j.t.o|j.t.t|jaarl|jb.hand|jb.kred|jb.kred.c.s|jb\
        .l.r.b|jb.lrb|jb.markt|jb.mens|jb.t.r.d|jb.trd|jeugdrb|jeugdwerkg.w|jg|jis|jl|journ.jur|journ.pr\
        at.dr.fisc.fin|journ.proc|jrg|jur|jur.comm.fl|jur.dr.soc.b.l.n|jur.f.p.e|jur.fpe|jur.niv|jur.tra\
        v.brux|jura falc|jurambt|jv.cass|jv.h.r.j|jv.hrj|jw|k|en m|k.b|k.g|k.k|k.m.b.o|k.o.o|k.v.k|k.v.v\
        .v|kadasterw|kaderb|kador|kbo-nr|kg|kh|kiesw|kind.bes.v|kkr|koopv|kr|krankz.w|ksbel|kt|ktg|ktr|k\
        vdm|kw.r|kymr|kzr|kzw|l|l.b|l.b.o|l.bas|l.c|l.gew|l.j|l.k|l.l|l.o|l.r.b|l.u.v.i|l.v.r|l.v.w|l.w|\
        l'exp.-compt.b.|l’exp.-compt.b|landinr.w|landscrt|larcier cass|lat|law.ed|lett|levensverz|lgrs|l\
        idw|limb.rechtsl|lit|litt|liw|liwet|lk|ll|ll.(l.)l.r|loonw|losbl|ltd|luchtv|luchtv.w|m|not|m.a.v\
        .o|m.a.w|m.b|m.b.o|m.b.r|m.b.t|m.d.g.o|m.e.a.o|m.e.r|m.h|m.h.d|m.i.v|m.j.t|m.k|m.m|m.m.a|m.m.h.h\
        |m.m.v|m.n|m.not.fisc|m.nt|m.o|m.r|m.s.a|m.u.p|m.v.a|m.v.h.n|m.v.t|m.z|maatr.teboekgest.luchtv|m\
        aced|mand|max|mbl.not|me|med|v.b.o|med.b.u.f.r|med.bufr|med.vbo|meerv|meetbr.w|mém.adm|mgr|mgrs|\
        mhd|mi.verantw|mil|mil.bed|mil.ger|min|fin|min.j.omz|min.just.circ|mitt|mnd|mod|mon|monde ass|mo\
        uv.comm|mr|muz|mv|mva ii inv|mva inv|n cont|n|chr|n.a|n.a.g|n.a.v|n.b|n.c|n.chr|n.d|n.d.r|n.e.a|\
        n.g|n.h.b.c|n.j|n.j.b|n.j.w|n.l|n.m|n.m.m|n.n|n.n.b|n.n.g|n.n.k|n.o.m|n.o.t.k|n.rapp|n.tijd.pol|\
        n.v|n.v.d.r|n.v.d.v|n.v.o.b|n.v.t|nat.besch.w|nat.omb|nat.pers|ned.cult.r|neg.verkl|nhd|nieuw ar\
        ch|wisk|njcm-bull|nl|nnd|no|not.fisc.m|not.w|not.wet|nr|nrs|nste|nt|numism|o|o.a|o.b|o.c|o.g|o.g\
        .v|o.i|o.i.d|o.m|o.o|o.o.d|o.o.v|o.p|o.r|o.regl|o.s|o.t.s|o.t.t|o.t.t.t|o.t.t.z|o.tk.t|o.v.t|o.v\
        .t.t|o.v.tk.t|o.v.v|ob|obsv|octr|octr.gem.regl|octr.regl|oe|oecd mod|off.pol|ofra|ohd|omb|omnia \
        frat|omnil|omz|on.ww|onderr|onfrank|onteig.w|ontw|onuitg|onz|oorl.w|op.cit|opin.pa|opm|or|ord.br\
        |ord.gem|ors|orth|os|osm|ov|ov.w.i|ov.w.ii|ov.ww|overg.w|overw|ovkst|ow kadasterw|oz|p|p.& b|p.a\
        |p.a.o|p.b.o|p.e|p.g|p.j|p.m|p.m.a|p.o|p.o.j.t|p.p|p.v|p.v.s|pachtw|pag|pan|pand.b|pand.pér|parl\
        .gesch|parl.st|part.arb|pas|pasin|pat|pb.c|pb.l|pens|pensioenverz|per.ber.i.b.r|per.ber.ibr|pers\
        |st|pft|pg wijz.rv|pk|pktg|pli jur|plv|po|pol|pol.off|pol.r|pol.w|politie j|postbankw|postw|pp|p\
        r|preadv|pres|prf|prft|prg|prijz.w|pro jus|proc|procesregl|prof|prot|prov|prov.b|prov.instr.h.m.\
        g|prov.regl|prov.verord|prov.w|publ|publ.cour eur.d.h|publ.eur.court h.r|pun|pw|q.b.d|q.e.d|q.q|\
        q.r|r|r.a.b.g|r.a.c.e|r.a.j.b|r.b.d.c|r.b.d.i|r.b.s.s|r.c|r.c.b|r.c.d.c|r.c.j.b|r.c.s.j|r.cass|r\
        .d.c|r.d.i|r.d.i.d.c|r.d.j.b|r.d.j.p|r.d.p.c|r.d.s|r.d.t.i|r.e|r.f.s.v.p|r.g.a.r|r.g.c.f|r.g.d.c\
        |r.g.f|r.g.z|r.h.a|r.i.c|r.i.d.a|r.i.e.j|r.i.n|r.i.s.a|r.j.d.a|r.j.i|r.k|r.l|r.l.g.b|r.med|r.med\
        .rechtspr|r.n.b|r.o|r.orde apoth|r.ov|r.p|r.p.d.b|r.p.o.t|r.p.r.j|r.p.s|r.r.d|r.r.s|r.s|r.s.v.p|\
        r.stvb|r.t.d.f|r.t.d.h|r.t.l|r.trim.dr.eur|r.v.a|r.verkb|r.w|r.w.d|rap.ann.c.a|rap.ann.c.c|rap.a\
        nn.c.e|rap.ann.c.s.j|rap.ann.ca|rap.ann.cass|rap.ann.cc|rap.ann.ce|rap.ann.csj|rapp|rb|rb.kh|rb.\
        van kh|rdn|rdnr|re.pers|rec|rec.c.i.j|rec.c.j.c.e|rec.cij|rec.cjce|rec.cour eur.d.h|rec.gén.enr.\
        not|rec.lois decr.arr|rechtsk.t|rechtspl.zeem|rechtspr.arb.br|rechtspr.b.f.e|rechtspr.bfe|rechts\
        pr.soc.r.b.l.n|recl.reg|rect|red|reg|reg.huiz.bew|reg.w|registr.w|regl|r.v.k|regl.besl|regl.onde\
        rr|regl.r.t|rep|rep.eur.court h.r|rép.fisc|rép.not|rep.r.j|rep.rj|req|res|resp|rev|de dr|trim|re\
        v.acc.trav|rev.adm|rev.b.compt|rev.b.dr.const|rev.b.dr.intern|rev.b.séc.soc|rev.banc.fin|rev.com\
        m|rev.cons.prud|rev.dr.b|rev.dr.commun|rev.dr.étr|rev.dr.fam|rev.dr.intern.comp|rev.dr.mil|rev.d\
        r.min|rev.dr.pén|rev.dr.pén.mil|rev.dr.rur|rev.dr.u.l.b|rev.dr.ulb|rev.exp|rev.faill|rev.fisc|re\
        v.gd|rev.hist.dr|rev.i.p.c|rev.ipc|rev.not.b|rev.prat.dr.comm|rev.prat.not.b|rev.prat.soc|rev.re\
        c|rev.rw|rev.trav|rev.trim.d.h|rev.trim.dr.fam|rev.urb|richtl|riv.dir.int|riv.dir.int.\"le priv|\
        riv.dir.int.priv.proc|rk|rln|roln|rom|rondz|rov|rtl|rubr|ruilv.wet|rv.verdr|rvkb|s|en s|s.a|s.b.\
        n|s.ct|s.d|s.e.c|s.e.et.o|s.e.w|s.exec.rept|s.hrg|s.j.b|s.l|s.l.e.a|s.l.n.d|s.p.a|s.s|s.t|s.t.b|\
        s.v|s.v.p|samenw|sc|sch|scheidsr.uitspr|schepel.besl|secr.comm|secr.gen|sect.soc|sess|sir|soc|be\
        st|verz|soc.act|soc.best|soc.kron|soc.r|soc.sw|soc.weg|sofi-nr|somm|somm.ann|sp.c.c|sr|ss|st.doc\
        .b.c.n.a.r|st.doc.bcnar|st.vw|stagever|stas|stat|stb|stbl|stcrt|stichting i.v|stud.dipl|su|subs|\
        subst|succ.w|suppl|sv|sw|t|t.a|t.a.a|t.a.n|t.a.p|t.a.s.n|t.a.v|t.a.v.w|t.aann|t.acc|t.agr.r|t.ap\
        p|t.b.b.r|t.b.h|t.b.m|t.b.o|t.b.p|t.b.r|t.b.s|t.b.v|t.bankw|t.belg.not|t.desk|t.e.m|t.e.p|t.f.r|\
        t.fam|t.fin.r|t.g.r|t.g.t|t.g.v|t.gem|t.gez|t.huur|t.i.n|t.in b.z|t.j.k|t.l.l|t.l.v|t.m|t.m.r|t.\
        m.w|t.mil.r|t.mil.strafr|t.not|t.o|t.o.r.b|t.o.v|t.ontv|t.orde geneesh|t.p.r|t.pol|t.r|t.r.d.& i\
        |t.r.g|t.r.o.s|t.r.v|t.s.r|t.strafr|t.t|t.u|t.v.c|t.v.g|t.v.m.r|t.v.o|t.v.v|t.v.v.d.b|t.v.w|t.ve\
        rz|t.vred|t.vreemd|t.w|t.w.k|t.w.v|t.w.v.r|t.wrr|t.z|t.z.t|t.z.v|taalk|tar.burg.z|td|techn|telec\
        omm|toel|toel.st.v.w|toep|toep.regl|tom|top|trans.b|transp.r|trav.com.ét.et lég.not|trb|trib|tri\
        b.civ|trib.gr.inst|ts|verv|turnh.rechtsl|tvpol|tvpr|tvrechtsgesch|tw|u|u.a|u.a.r|u.a.v|u.c|u.c.c\
        |u.g|u.p|u.s|u.s.d.c|uitdr|uitl.w|uitv.besch.div.b|uitv.besl|uitv.besl.bel.rv|uitv.besl.l.b|uitv\
        .reg|uitv.reg.bel.d|uitv.reg.afd.verm|uitv.reg.lb|uitv.reg.succ.w|univ|univ.verkl|v.& f|v.a|v.a.\
        v|v.bp prot|v.c|v.chr|v.h|v.huw.verm|v.i|v.i.o|v.k.a|v.m|v.o.f|v.o.n|v.onderh.verpl|v.p|v.r|v.s.\
        o|v.t.t|v.t.t.t|v.tk.t|v.toep.r.vert|v.v.b|v.v.g|v.v.t|v.v.t.t|v.v.tk.t|v.w.b|v.z.m|vb|vb.bo|vbb\
        |vc|vd|veldw|ver.k|ver.verg.gem|gem.comm|verbr|verd|verdr|verdr.v|verdrag benel.i.z|verenw|verg|\
        verg.fr.gem|verkl|verkl.herz.gw|verl|deelw|vern|verord|vers.r|versch|versl.c.s.w|versl.csw|vert|\
        verz.w|verz.wett.besl|verz.wett.decr.besl|vgl|vid|vigiles jb|viss.w|vl.parl|vl.r|vl.t.gez|vl.w.r\
        eg|vl.w.succ|vlg|vn|vnl|vo|vo.bl|voegw|vol|volg|volt|voorl|voorz|vord.w|vorst.d|vr|en antw|vred|\
        vrg|vrijgrs|vs|vt|vvsr jb|vw|vz|vzngr|vzr|w|w.a|w.b.r|w.c.h|w.conf.huw|w.conf.huwelijksb|w.consu\
        m.kr|w.f.r|w.g|w.gelijke beh|w.gew.r|w.ident.pl|w.just.doc|w.kh|w.l.r|w.l.v|w.mil.straf.spr|w.n|\
        w.not.ambt|w.o|w.o.d.huurcomm|w.o.d.k|w.openb.manif|w.parl|w.r|w.reg|w.succ|w.u.b|w.uitv.pl.vero\
        rd|w.v|w.v.k|w.v.m.s|w.v.r|w.v.w|w.venn|wac|wd|wet a.b|wet bel.rv|wet c.a.o|wet c.o|wet div.bel|\
        wet ksbel|wet l.v|wetb|n.v.h|wgb|winkelt.w|wka-verkl|wnd|won.w|woningw|woonr.w|wrr|wrr.ber|wrsch\
        |ws|wsch|wsr|wtvb|ww|x.d|z cont|z.a|z.g|z.i|z.j|z.o.z|z.p|z.s.m|zesde richtl|zg|zgn|zn|znw|zr|zr\
        .ms
        """,
        prepositive: """
        
        """,
        numeric: """
        
        """)
}
