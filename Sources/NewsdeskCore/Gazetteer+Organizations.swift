extension Gazetteer {
    /// Full name = acronyms (separated by "/"), one body a line.
    static let organizationsWithAcronyms = """
        United Nations=UN/U.N.
        United Nations Security Council=UNSC
        Security Council
        General Assembly
        North Atlantic Treaty Organization=NATO
        International Monetary Fund=IMF
        World Bank
        European Union=EU/E.U.
        European Commission
        European Parliament
        European Central Bank=ECB
        World Health Organization=WHO
        World Trade Organization=WTO
        International Atomic Energy Agency=IAEA
        International Criminal Court=ICC
        International Court of Justice=ICJ
        Organization of the Petroleum Exporting Countries=OPEC
        Organisation for Economic Co-operation and Development=OECD
        Association of Southeast Asian Nations=ASEAN
        Asia-Pacific Economic Cooperation=APEC
        African Union=AU
        Group of Seven=G7
        Group of 20=G20
        BRICS=BRICS
        Federal Reserve=Fed
        Bank of England=BoE
        Bank of Japan=BOJ/BoJ
        Bank of Korea=BOK/BoK
        People's Bank of China=PBOC/PBoC
        Reserve Bank of India=RBI
        Reserve Bank of Australia=RBA
        Swiss National Bank=SNB
        Bundesbank
        Bank for International Settlements=BIS
        Asian Development Bank=ADB
        Asian Infrastructure Investment Bank=AIIB
        European Investment Bank=EIB
        Federal Bureau of Investigation=FBI
        Central Intelligence Agency=CIA
        National Security Agency=NSA
        Securities and Exchange Commission=SEC
        Environmental Protection Agency=EPA
        Food and Drug Administration=FDA
        Centers for Disease Control and Prevention=CDC
        National Aeronautics and Space Administration=NASA
        European Space Agency=ESA
        Japan Aerospace Exploration Agency=JAXA
        International Olympic Committee=IOC
        Fédération Internationale de Football Association=FIFA
        Union of European Football Associations=UEFA
        International Energy Agency=IEA
        United Nations Children's Fund=UNICEF
        United Nations Educational, Scientific and Cultural Organization=UNESCO
        Office of the United Nations High Commissioner for Refugees=UNHCR
        World Food Programme=WFP
        Red Cross
        International Committee of the Red Cross=ICRC
        Doctors Without Borders=MSF
        Amnesty International
        Human Rights Watch
        Greenpeace
        Kremlin
        Pentagon
        White House
        Blue House
        Congress
        Senate
        House of Representatives
        House of Commons
        House of Lords
        Bundestag
        National Assembly
        National People's Congress=NPC
        Communist Party
        Chinese Communist Party=CCP
        Democratic Party
        Republican Party=GOP
        Labour Party
        Labour
        Parliament
        Real Madrid
        Atletico Madrid
        Bayern Munich
        Paris Saint-Germain
        Manchester United
        Manchester City
        Tottenham Hotspur
        Arsenal
        Chelsea
        Juventus
        Inter Milan
        AC Milan
        Borussia Dortmund
        Galatasaray
        Fenerbahce
        Benfica
        Ajax
        Celtic
        Boca Juniors
        Flamengo
        Al Hilal
        Al Nassr
        Los Angeles Dodgers
        New York Yankees
        Springboks
        All Blacks
        Conservative Party
        Liberal Democratic Party=LDP
        People Power Party=PPP
        Hamas
        Hezbollah
        Taliban
        Islamic State=ISIS/ISIL
        Al-Qaeda
        Houthis
        Xinhua
        Yonhap
        Kyodo
        Reuters
        Associated Press=AP
        Agence France-Presse=AFP
        BBC
        CNN
        China Daily
        Global Times
        Nikkei
        Bloomberg
        New York Times
        Wall Street Journal=WSJ
        Financial Times=FT
        Washington Post
        Guardian
        Economist
        Korea Herald
        Korea JoongAng Daily
        Asahi Shimbun
        Yomiuri Shimbun
        Supreme Court
        Constitutional Court
        Ministry of Foreign Affairs
        Foreign Ministry
        Ministry of Commerce
        Commerce Ministry
        Ministry of Finance
        Finance Ministry
        Defence Ministry
        Defense Ministry
        State Department
        Treasury
        Home Office
        Foreign Office
        Downing Street
        Elysee
        Élysée
        Samsung Electronics
        Samsung Group
        Hyundai Motor
        SK Group
        SK Hynix
        LG Electronics
        """

    static let companies = """
        Samsung|Hyundai|Kia|LG|SK|Lotte|Hanwha|Posco|POSCO|Naver|Kakao|Coupang|Shinsegae|CJ|Doosan|\
        Alibaba|Tencent|Baidu|Huawei|Xiaomi|ByteDance|TikTok|BYD|CATL|JD.com|Pinduoduo|Temu|Shein|Lenovo|\
        ZTE|Sinopec|PetroChina|CNOOC|Geely|NIO|SMIC|Haier|Meituan|DJI|Toyota|Honda|Nissan|Sony|Panasonic|\
        Hitachi|Toshiba|Mitsubishi|Mitsui|Sumitomo|SoftBank|Nintendo|Rakuten|Uniqlo|Fast Retailing|\
        Canon|Nikon|Subaru|Mazda|Suzuki|TSMC|Foxconn|MediaTek|Tata|Infosys|Wipro|Reliance|Adani|Mahindra|\
        Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|X Corp|OpenAI|\
        Anthropic|Nvidia|Intel|AMD|Qualcomm|Broadcom|IBM|Oracle|Cisco|Tesla|SpaceX|Netflix|Disney|Uber|\
        Airbnb|Boeing|Lockheed Martin|General Motors|GM|Ford|Chrysler|Stellantis|ExxonMobil|Exxon|Chevron|\
        Walmart|Costco|Starbucks|McDonald's|Coca-Cola|PepsiCo|Pfizer|Moderna|Johnson & Johnson|\
        JPMorgan|JPMorgan Chase|Goldman Sachs|Morgan Stanley|Citigroup|Citi|BlackRock|Berkshire Hathaway|\
        Visa|Mastercard|PayPal|General Electric|GE|Airbus|Siemens|Volkswagen|BMW|Mercedes-Benz|Daimler|\
        Porsche|Audi|Bosch|BASF|Bayer|SAP|Deutsche Bank|Commerzbank|Allianz|Lufthansa|Adidas|Puma|\
        Renault|Peugeot|TotalEnergies|Total|LVMH|L'Oreal|L'Oréal|Danone|Carrefour|Michelin|Airbus|\
        Shell|BP|HSBC|Barclays|Lloyds|NatWest|Standard Chartered|Unilever|Rolls-Royce|BAE Systems|\
        AstraZeneca|GSK|GlaxoSmithKline|Vodafone|Tesco|Sainsbury's|Nestle|Nestlé|Novartis|Roche|UBS|\
        Credit Suisse|ABB|Ericsson|Nokia|Volvo|IKEA|Spotify|H&M|Maersk|Novo Nordisk|Lego|Philips|ASML|\
        Heineken|ING|Fiat|Ferrari|Eni|Enel|Prada|Gucci|Zara|Inditex|Santander|BBVA|Telefonica|Telefónica|\
        Iberdrola|Repsol|Petrobras|Vale|Embraer|Pemex|Aramco|Saudi Aramco|Emirates|Qatar Airways|\
        Etihad|Gazprom|Rosneft|Lukoil|Sberbank|MTN|Naspers|Dangote|Safaricom|Ethiopian Airlines|\
        Korean Air|Asiana|Cathay Pacific|Singapore Airlines|Air France|KLM|British Airways|Ryanair|easyJet|\
        Delta|United Airlines|American Airlines
        """

    /// Named things that are neither people, organisations nor places.
    static let otherNames = """
        One China|Brexit|Covid-19|COVID-19|Covid|Olympics|Olympic Games|World Cup|Champions League|\
        Premier League|Nobel Prize|Nobel Peace Prize|Christmas|Easter|Ramadan|Eid|Diwali|Lunar New Year|\
        Chuseok|Hanukkah|Thanksgiving|Paris Agreement|Kyoto Protocol|Belt and Road|Belt and Road Initiative|\
        Bitcoin|Ethereum|Internet|Islam|Christianity|Buddhism|Hinduism|Judaism
        """

    /// Religious and other group adjectives, read like demonyms: attributes, not names.
    static let groupAdjectives = """
        Catholic|Muslim|Christian|Buddhist|Hindu|Jewish|Sunni|Shia|Shiite|Protestant|Orthodox|Sikh|Arab|\
        Western|Eastern|Northern|Southern|Communist|Republican|Democratic|Conservative|Liberal|Socialist|\
        Olympic|Paralympic
        """
}
