extension Gazetteer {
    /// Common family names, mostly East Asian, African and European, that are rarely ordinary English
    /// words: a lone "Lee", "Wang" or "Okafor" is a person. Names that are also common words ("King",
    /// "Young", "Rice") or short particles ("Son", "Ma", "He") are left out.
    static let familyNames: Set<String> = {
        var result: Set<String> = []
        for name in familyNameList.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            result.insert(name.lowercased())
        }
        return result
    }()

    private static let familyNameList = """
        kim lee park choi jung jeong kang cho yoon jang lim shin kwon hwang ahn yoo hong jeon moon baek heo \
        kwak sung cha joo ryu chae cheon bang hyun yeo chu rhee roh chun \
        wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie tang \
        feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei lu ding ren xi tsai chiang \
        sato takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi \
        matsumoto inoue kimura hayashi shimizu abe kishida ishiba takaichi koizumi ueda katayama mori \
        ikeda hashimoto ishikawa ogawa okada fujita goto nishimura fukuda suga motegi hayashi akazawa \
        nguyen tran pham hoang phan vu vo dang bui ngo duong \
        singh kumar sharma patel gupta khan shah reddy rao mehta iyer nair chopra banerjee chatterjee \
        mohammed muhammad ahmed hassan hussein ibrahim abdullah mahmoud mustafa khalil haddad nasser \
        smith johnson williams jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson \
        anderson taylor jackson thompson harris robinson walker allen scott adams nelson campbell mitchell \
        roberts carter phillips evans turner torres collins edwards stewart morris murphy rogers morgan \
        peterson cooper bailey gomez kelly richardson watson brooks bennett hughes myers foster sanders \
        powell sullivan russell ortiz jenkins gutierrez perry butler barnes fisher henderson coleman \
        simmons patterson reynolds graham gonzales ramos wallace griffin hayes chavez gibson bryant ellis \
        stevens murray marshall owens mcdonald ruiz kennedy wells alvarez mendoza castillo webb tucker \
        vasquez snyder simpson crawford jimenez porter gordon wagner hunter romero hicks dixon palmer \
        robertson holmes meyer boyd ferguson nichols herrera medina ryan fernandez daniels stephens \
        gardner payne dunn pierce hawkins hansen castro hoffman elliott cunningham bradley \
        müller mueller schneider fischer weber becker schulz hoffmann koch richter klein schröder \
        neumann zimmermann dubois durand leroy moreau laurent lefebvre rossi russo esposito bianchi romano \
        colombo ricci marino greco silva santos oliveira souza pereira rodrigues almeida nascimento \
        ferreira kowalski nowak wiśniewski ivanov smirnov kuznetsov popov petrov \
        okafor okonkwo adeyemi mensah owusu boateng diallo traoré traore koné kone ndiaye diop kamau \
        mwangi otieno kariuki mutua odinga kenyatta ruto obi abubakar yusuf bello
        """
}
