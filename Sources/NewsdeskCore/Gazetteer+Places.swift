extension Gazetteer {
    static let countries = """
        Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|\
        Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|\
        Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|\
        Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|\
        Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|\
        Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|\
        Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|\
        Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|\
        Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|\
        Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|\
        Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|\
        Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|\
        Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|\
        Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|\
        Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|\
        South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|\
        Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|\
        United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|United States|\
        United States of America|US|U.S.|USA|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|\
        Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Korea|Republic of Korea|England|Scotland|Wales|\
        Northern Ireland|Hong Kong|Macau|Macao|Greenland|Puerto Rico|Democratic Republic of Congo|\
        Democratic Republic of the Congo|DRC|French Guiana|French Polynesia|New Caledonia|Gaza|West Bank|Crimea|Tibet|Xinjiang|Kashmir
        """

    static let cities = """
        Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Brisbane|Perth|Vienna|\
        Baku|Manama|Dhaka|Minsk|Brussels|Antwerp|La Paz|Sarajevo|Gaborone|Brasilia|Brasília|Rio de Janeiro|\
        São Paulo|Sao Paulo|Sofia|Ouagadougou|Phnom Penh|Yaounde|Ottawa|Toronto|Montreal|Vancouver|\
        Santiago|Beijing|Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Hangzhou|Nanjing|\
        Xi'an|Harbin|Dalian|Qingdao|Xiamen|Suzhou|Bogota|Bogotá|Medellin|Kinshasa|San Jose|Zagreb|Havana|\
        Nicosia|Prague|Copenhagen|Quito|Cairo|Alexandria|San Salvador|Tallinn|Addis Ababa|Helsinki|Paris|\
        Marseille|Lyon|Nice|Toulouse|Bordeaux|Strasbourg|Libreville|Tbilisi|Berlin|Munich|Hamburg|Frankfurt|\
        Cologne|Stuttgart|Dusseldorf|Düsseldorf|Accra|Athens|Guatemala City|Conakry|Port-au-Prince|\
        Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Bangalore|Bengaluru|Chennai|Kolkata|Hyderabad|\
        Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Milan|Naples|Turin|Florence|Venice|Kingston|\
        Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Sapporo|Fukuoka|Kobe|Hiroshima|Amman|Astana|Almaty|Nairobi|\
        Mombasa|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia|Tripoli|Vilnius|Antananarivo|\
        Lilongwe|Kuala Lumpur|Male|Bamako|Valletta|Nouakchott|Mexico City|Guadalajara|Monterrey|Chisinau|\
        Ulaanbaatar|Podgorica|Rabat|Casablanca|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu|Amsterdam|\
        Rotterdam|The Hague|Hague|Wellington|Auckland|Managua|Niamey|Abuja|Lagos|Pyongyang|Skopje|Oslo|\
        Muscat|Islamabad|Karachi|Lahore|Panama City|Asuncion|Asunción|Lima|Manila|Warsaw|Krakow|Kraków|\
        Lisbon|Porto|Doha|Bucharest|Moscow|St. Petersburg|Saint Petersburg|Kigali|Riyadh|Jeddah|Dakar|\
        Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Johannesburg|Cape Town|Pretoria|Durban|Seoul|Busan|\
        Incheon|Daegu|Gwangju|Daejeon|Ulsan|Juba|Madrid|Barcelona|Valencia|Seville|Bilbao|Colombo|Khartoum|\
        Stockholm|Gothenburg|Bern|Zurich|Zürich|Geneva|Basel|Lausanne|Davos|Damascus|Aleppo|Taipei|\
        Kaohsiung|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|Kampala|Kyiv|Kiev|\
        Kharkiv|Odesa|Odessa|Lviv|Abu Dhabi|Dubai|London|Manchester|Birmingham|Liverpool|Leeds|Glasgow|\
        Edinburgh|Cardiff|Belfast|Bristol|Oxford|Cambridge|Reading|Bath|Washington|New York|New York City|\
        Los Angeles|Chicago|Houston|Boston|San Francisco|Seattle|Miami|Atlanta|Dallas|Detroit|Denver|\
        Philadelphia|Phoenix|Las Vegas|Silicon Valley|Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|\
        Sanaa|Lusaka|Harare|Macau|Hong Kong|Singapore|Brussels|Luxembourg|Strasbourg|Vatican City|\
        Lagos|Kano|Marrakech|Fez|Tangier|Benghazi|Gaza City|Ramallah|Haifa|Mecca|Medina|Tehran|Mashhad|\
        Isfahan|Basra|Mosul|Erbil|Kandahar|Peshawar|Quetta|Chittagong|Kathmandu|Surabaya|Bali|Cebu|Davao|\
        Okinawa|Hokkaido|Jeju|Pusan|Panmunjom|Kaesong|Vladivostok|Novosibirsk|Minsk|Warsaw|Gdansk|Bruges|\
        Ghent|Porto Alegre|Recife|Cordoba|Córdoba|Valparaiso|Cusco|Cartagena|Cali|\
        Guayaquil|Havana|Santo Domingo|San Juan|Kingston|Nassau|Acapulco|Cancun|Tijuana|Juarez
        """

    static let regions = """
        Europe|Asia|Africa|North America|South America|Latin America|Central America|Oceania|Antarctica|\
        Arctic|Middle East|Near East|Far East|Southeast Asia|South Asia|East Asia|Central Asia|West Africa|\
        East Africa|North Africa|Southern Africa|Sub-Saharan Africa|Sahel|Balkans|Scandinavia|Caucasus|\
        Gulf|Persian Gulf|Korean Peninsula|Taiwan Strait|South China Sea|East China Sea|Yellow Sea|\
        Sea of Japan|Pacific|Pacific Ocean|Atlantic|Atlantic Ocean|Indian Ocean|Mediterranean|Black Sea|\
        Red Sea|Baltic|Baltic Sea|North Sea|Caribbean|Himalayas|Alps|Andes|Sahara|Siberia|Donbas|\
        Kurdistan|Patagonia|Bavaria|Catalonia|Flanders|Wallonia|Quebec|Ontario|British Columbia|Alberta|\
        California|Texas|Florida|New Jersey|Ohio|Michigan|Illinois|Pennsylvania|Arizona|Nevada|Oregon|\
        Virginia|Massachusetts|Colorado|Minnesota|Wisconsin|Tennessee|Kentucky|Louisiana|Alabama|Hawaii|\
        Alaska|Gyeonggi|Gangwon|Guangdong|Fujian|Zhejiang|Jiangsu|Sichuan|Yunnan|Hubei|Hunan|Shandong|\
        Hainan|Inner Mongolia|Punjab|Kerala|Gujarat|Maharashtra|Tamil Nadu|Bengal|Sindh|Kyushu|Honshu|\
        Normandy|Brittany|Provence|Tuscany|Sicily|Sardinia|Lombardy|Andalusia|Galicia|Basque Country|\
        Yorkshire|Cornwall|Kent|Essex|Midlands|Mindanao|Luzon|Borneo|Sumatra|Java|Papua|Kurdistan|Darfur|\
        Tigray|Ogaden|Rift Valley|Nile|Yangtze|Mekong|Danube|Rhine|Thames|Mississippi|Euphrates|Tigris|\
        Ganges|Han River|Jordan Valley|Golan Heights|Sinai|Kashmir|Ladakh|Aksai Chin|Senkaku|Dokdo|\
        Spratly Islands|Paracel Islands|Falklands|Falkland Islands|Canary Islands|Balearic Islands
        """

    /// Country = demonyms and nationality adjectives.
    static let demonyms = """
        Afghanistan=Afghan
        Albania=Albanian
        Algeria=Algerian
        Argentina=Argentine|Argentinian
        Armenia=Armenian
        Australia=Australian
        Austria=Austrian
        Azerbaijan=Azerbaijani|Azeri
        Bangladesh=Bangladeshi
        Belarus=Belarusian
        Belgium=Belgian
        Bolivia=Bolivian
        Brazil=Brazilian
        Britain=British|Briton|English|Scottish|Welsh
        Bulgaria=Bulgarian
        Cambodia=Cambodian
        Cameroon=Cameroonian
        Canada=Canadian
        Chile=Chilean
        China=Chinese
        Colombia=Colombian
        Congo=Congolese
        Croatia=Croatian
        Cuba=Cuban
        Cyprus=Cypriot
        Czech Republic=Czech
        Denmark=Danish|Dane
        Ecuador=Ecuadorian|Ecuadorean
        Egypt=Egyptian
        Estonia=Estonian
        Ethiopia=Ethiopian
        Europe=European
        Finland=Finnish|Finn
        France=French
        Georgia=Georgian
        Germany=German
        Ghana=Ghanaian
        Greece=Greek
        Hungary=Hungarian
        Iceland=Icelandic
        India=Indian
        Indonesia=Indonesian
        Iran=Iranian
        Iraq=Iraqi
        Ireland=Irish
        Israel=Israeli
        Italy=Italian
        Japan=Japanese
        Jordan=Jordanian
        Kazakhstan=Kazakh
        Kenya=Kenyan
        Korea=Korean
        Kuwait=Kuwaiti
        Latvia=Latvian
        Lebanon=Lebanese
        Libya=Libyan
        Lithuania=Lithuanian
        Malaysia=Malaysian
        Mali=Malian
        Mexico=Mexican
        Mongolia=Mongolian
        Morocco=Moroccan
        Mozambique=Mozambican
        Myanmar=Burmese
        Nepal=Nepali|Nepalese
        Netherlands=Dutch
        New Zealand=New Zealander
        Nigeria=Nigerian
        North Korea=North Korean
        Norway=Norwegian
        Pakistan=Pakistani
        Palestine=Palestinian
        Peru=Peruvian
        Philippines=Philippine|Filipino|Filipina
        Poland=Polish|Pole
        Portugal=Portuguese
        Qatar=Qatari
        Romania=Romanian
        Russia=Russian
        Rwanda=Rwandan
        Saudi Arabia=Saudi
        Senegal=Senegalese
        Serbia=Serbian
        Singapore=Singaporean
        Slovakia=Slovak
        Slovenia=Slovenian|Slovene
        Somalia=Somali
        South Africa=South African
        South Korea=South Korean
        Spain=Spanish|Spaniard
        Sri Lanka=Sri Lankan
        Sudan=Sudanese
        Sweden=Swedish|Swede
        Switzerland=Swiss
        Syria=Syrian
        Taiwan=Taiwanese
        Tanzania=Tanzanian
        Thailand=Thai
        Tunisia=Tunisian
        Turkey=Turkish|Turk
        Uganda=Ugandan
        Ukraine=Ukrainian
        United Arab Emirates=Emirati
        United States=American
        Uruguay=Uruguayan
        Uzbekistan=Uzbek
        Venezuela=Venezuelan
        Vietnam=Vietnamese
        Yemen=Yemeni
        Zambia=Zambian
        Zimbabwe=Zimbabwean
        Asia=Asian
        Africa=African
        Latin America=Latin American
        Arab world=Arab
        Middle East=Middle Eastern
        Western countries=Western
        Scandinavia=Scandinavian
        Scandinavia=Nordic
        Kurdistan=Kurdish
        """
}
