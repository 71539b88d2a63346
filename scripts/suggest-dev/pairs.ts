// Hand-written rumor/outcome pairs for the suggestion dev set. Each claim is
// what a pre-event article said; each article is a later report labeled with
// how it bears on the claim. None of this comes from the seed articles.
export type Pair = { domain: string; claim: string; articles: { stance: "supports" | "contradicts" | "mentions"; text: string }[] };

const s = (text: string) => ({ stance: "supports" as const, text });
const c = (text: string) => ({ stance: "contradicts" as const, text });
const m = (text: string) => ({ stance: "mentions" as const, text });

export const PAIRS: Pair[] = [
  {
    domain: "sports",
    claim: "Marta Okafor is expected to be named captain of the Lisbon Falcons before the season opener.",
    articles: [
      s(
        "Falcons hand armband to Okafor\nThe Lisbon Falcons named Marta Okafor as their new captain on Thursday, two days before the season opener against Porto. Coach Rui Almeida said Okafor earned the role through her leadership last spring.",
      ),
      m(
        "Falcons open season with narrow win\nThe Lisbon Falcons beat Porto 2-1 in their opener. Okafor, wearing the armband, played the full ninety minutes while the crowd of 14,000 sang throughout.",
      ),
    ],
  },
  {
    domain: "sports",
    claim: "Sources say striker Dario Bench will transfer to Hamburg United for a fee of 40 million euros.",
    articles: [
      c(
        "Bench stays put as Hamburg talks collapse\nDario Bench will not be joining Hamburg United after all. Talks broke down late on deadline day and the striker signed a new three-year contract with his current club instead.",
      ),
      m(
        "Deadline day: what we know\nHamburg United were linked with several forwards, including Dario Bench, but the club's sporting director refused to comment on any names before the window closed.",
      ),
    ],
  },
  {
    domain: "sports",
    claim: "The marathon in Kestrel Bay is set to be held on a new coastal route this year.",
    articles: [
      s(
        "Runners embrace Kestrel Bay's new seaside course\nThousands ran the Kestrel Bay marathon along its new coastal route on Sunday, with the course hugging the cliffs for the first twenty kilometres.",
      ),
    ],
  },
  {
    domain: "sports",
    claim: "Tennis star Ivo Radek is rumored to be withdrawing from the Halden Open with a wrist injury.",
    articles: [
      c(
        "Radek shrugs off injury talk to reach Halden quarter-finals\nIvo Radek, the subject of injury rumors all week, played without strapping and beat the eighth seed in straight sets at the Halden Open on Wednesday.",
      ),
      m(
        "Halden Open draw thrown open\nWith several seeds nursing knocks, organizers of the Halden Open said the draw would be decided on Friday. Radek's camp declined to discuss his wrist.",
      ),
    ],
  },
  {
    domain: "sports",
    claim: "The Riverton Owls are reportedly close to firing head coach Glen Mabry after a winless start.",
    articles: [
      s(
        "Owls part ways with Mabry\nThe Riverton Owls fired head coach Glen Mabry on Monday following an 0-6 start, the team announced. Defensive coordinator Tia Brooks will serve as interim coach.",
      ),
    ],
  },
  {
    domain: "sports",
    claim: "Olympic swimmer Hana Ueda is expected to break the 200m butterfly world record at the national trials.",
    articles: [
      c(
        "Ueda wins trials but record survives\nHana Ueda won the 200m butterfly at the national trials in 2:05.1, well short of the world record. She said afterwards that she had a cold all week.",
      ),
      s(
        "Ueda smashes butterfly world record\nHana Ueda broke the 200m butterfly world record at the national trials on Saturday, touching in 2:01.2 to take almost half a second off the old mark.",
      ),
    ],
  },
  {
    domain: "sports",
    claim: "Cricket board insiders say the third test against Westland will be moved from Arlow to Penmoor.",
    articles: [
      s(
        "Third test relocated to Penmoor\nThe cricket board confirmed the third test against Westland has been moved to Penmoor after drainage problems at the Arlow ground.",
      ),
      m(
        "Westland arrive for test series\nThe Westland squad landed on Tuesday for a three-match test series. Venues for the later matches were still under review, officials said.",
      ),
    ],
  },
  {
    domain: "tech",
    claim: "Nuvola is expected to unveil a foldable phone called the Arc Fold at its September event, priced at $1,499.",
    articles: [
      s(
        "Nuvola takes the wraps off the Arc Fold\nAt its September event in San Jose, Nuvola unveiled the Arc Fold, its first foldable phone. The device will sell for $1,499 starting next month.",
      ),
      c(
        "Arc Fold arrives at a higher price than expected\nNuvola's new Arc Fold foldable phone is priced at $1,799, three hundred dollars above what analysts had predicted before the September event.",
      ),
    ],
  },
  {
    domain: "tech",
    claim: "Chipmaker Vantor will reportedly announce a new factory in Ohio worth $20 billion.",
    articles: [
      s(
        "Vantor confirms $20 billion Ohio fab\nVantor announced on Tuesday that it will build a $20 billion chip factory near Columbus, Ohio, creating about 3,000 jobs.",
      ),
      c(
        "Vantor picks Arizona over Ohio\nVantor will build its next chip plant in Arizona, not Ohio as had been widely reported, the company said on Wednesday.",
      ),
    ],
  },
  {
    domain: "tech",
    claim: "The PixelSlate 5 tablet may be delayed until next spring because of a display shortage.",
    articles: [
      s("PixelSlate 5 slips to spring\nThe PixelSlate 5 will not ship until April, its maker confirmed, blaming a shortage of display panels."),
      c("PixelSlate 5 ships on schedule\nThe PixelSlate 5 tablet went on sale on time on Friday, putting to rest talk of a delay caused by display shortages."),
    ],
  },
  {
    domain: "tech",
    claim: "Messaging app Chirrup is said to be adding end-to-end encryption to group chats in its next update.",
    articles: [
      s("Chirrup encrypts group chats\nChirrup's latest update brings end-to-end encryption to group chats, the company said in a blog post on Monday."),
      m(
        "Chirrup hits one billion users\nMessaging app Chirrup now has one billion monthly users. The company did not address questions about encryption plans at the event.",
      ),
    ],
  },
  {
    domain: "tech",
    claim: "Game studio Redkite is rumored to reveal a sequel to Ember Saga at the Tokyo games show.",
    articles: [
      c(
        "No Ember Saga sequel at Tokyo show\nRedkite's stage presentation at the Tokyo games show came and went without any sign of an Ember Saga sequel. The studio instead showed a racing game.",
      ),
      s("Ember Saga II revealed in Tokyo\nRedkite revealed Ember Saga II at the Tokyo games show on Thursday with a three-minute trailer."),
    ],
  },
  {
    domain: "tech",
    claim: "Electric carmaker Voltari is expected to cut the price of its Model Sprint to under $30,000.",
    articles: [
      s("Voltari slashes Sprint price\nVoltari cut the price of the Model Sprint to $29,900 on Monday, undercutting its rivals."),
      c("Voltari raises prices despite slowing demand\nVoltari raised the price of the Model Sprint by $1,000 to $35,000, citing battery costs."),
    ],
  },
  {
    domain: "tech",
    claim: "Search giant Quarry will reportedly shut down its smart speaker line by the end of the year.",
    articles: [
      s("Quarry discontinues smart speakers\nQuarry confirmed it has discontinued its smart speaker line and will stop selling the devices in December."),
      m(
        "Quarry reports record ad revenue\nQuarry posted record advertising revenue in the third quarter. Hardware, including its speakers, remained a small part of sales.",
      ),
    ],
  },
  {
    domain: "politics",
    claim: "Governor Elena Voss is expected to announce a run for the Senate at a rally in Dunmore on Saturday.",
    articles: [
      s("Voss launches Senate bid in Dunmore\nGovernor Elena Voss announced her campaign for the Senate before a crowd of supporters in Dunmore on Saturday."),
      c(
        "Voss rules out Senate run\nGovernor Elena Voss said at the Dunmore rally on Saturday that she will not run for the Senate and will instead seek a second term as governor.",
      ),
    ],
  },
  {
    domain: "politics",
    claim: "The parliament of Norland is set to vote on lowering the voting age to 16 next week.",
    articles: [
      s("Norland lowers voting age to 16\nNorland's parliament voted 112 to 80 on Wednesday to lower the voting age to 16 for national elections."),
      c(
        "Norland vote on voting age postponed\nThe parliamentary vote on lowering Norland's voting age was postponed indefinitely after coalition partners failed to agree.",
      ),
    ],
  },
  {
    domain: "politics",
    claim: "Mayor Tom Harrow will reportedly resign amid the parking contracts scandal.",
    articles: [
      c(
        "Harrow vows to stay on as mayor\nMayor Tom Harrow denied he would resign over the parking contracts scandal, telling reporters the allegations against him were baseless.",
      ),
      s("Harrow steps down\nTom Harrow resigned as mayor on Friday, saying the parking contracts scandal had become a distraction for the city."),
    ],
  },
  {
    domain: "politics",
    claim: "The trade ministers of Calder and Rhune are expected to sign a free trade agreement in Geneva.",
    articles: [
      s(
        "Calder and Rhune sign trade pact\nTrade ministers from Calder and Rhune signed a free trade agreement in Geneva on Tuesday, removing tariffs on most goods.",
      ),
      m("Geneva trade week opens\nDelegations from more than forty countries, among them Calder and Rhune, gathered in Geneva for a week of trade talks."),
    ],
  },
  {
    domain: "politics",
    claim: "Prime Minister Anouk Leclerc is said to be planning a cabinet reshuffle that would move finance minister Paul Girard to foreign affairs.",
    articles: [
      s(
        "Leclerc reshuffles cabinet, Girard to foreign affairs\nPrime Minister Anouk Leclerc moved Paul Girard from finance to foreign affairs in a broad cabinet reshuffle announced on Monday.",
      ),
      c(
        "Girard stays at finance in Leclerc's reshuffle\nPaul Girard kept the finance ministry in Anouk Leclerc's reshuffle, contrary to reports he would move to foreign affairs.",
      ),
    ],
  },
  {
    domain: "politics",
    claim: "Opposition leader Sam Tiller may call for a no-confidence vote before the budget.",
    articles: [
      s(
        "Tiller tables no-confidence motion\nOpposition leader Sam Tiller tabled a motion of no confidence in the government on Tuesday, a week before the budget.",
      ),
      m(
        "Budget week begins\nThe finance minister will present the budget on Wednesday. Opposition figures including Sam Tiller have criticised the spending plans.",
      ),
    ],
  },
  {
    domain: "entertainment",
    claim: "Pop singer Lumi Arden will reportedly perform a surprise duet with rapper K-Vane at the Starlight Awards.",
    articles: [
      s(
        "Arden and K-Vane steal the Starlight Awards\nLumi Arden and rapper K-Vane performed a surprise duet at the Starlight Awards on Sunday night, bringing the audience to its feet.",
      ),
      c("K-Vane skips Starlight Awards\nRapper K-Vane did not attend the Starlight Awards, and Lumi Arden performed her set alone."),
    ],
  },
  {
    domain: "entertainment",
    claim: "The band Hollow Pines is rumored to be reuniting for a one-off show at Glenmoor festival.",
    articles: [
      s(
        "Hollow Pines reunite at Glenmoor\nHollow Pines played their first show in twelve years at the Glenmoor festival on Saturday, confirming months of reunion rumors.",
      ),
      c(
        "Hollow Pines reunion was a hoax, says drummer\nThe rumored Hollow Pines reunion at Glenmoor was a hoax, the band's former drummer said, adding that the members have not spoken in years. Festival organizers also denied it.",
      ),
    ],
  },
  {
    domain: "entertainment",
    claim: "Director Nadia Sorel's new film Quiet Harbor is expected to premiere at the Venice film festival.",
    articles: [
      s(
        "Quiet Harbor opens to applause in Venice\nNadia Sorel's Quiet Harbor premiered at the Venice film festival on Wednesday and received a seven-minute standing ovation.",
      ),
      c("Sorel pulls Quiet Harbor from Venice\nNadia Sorel withdrew Quiet Harbor from the Venice lineup; the film will premiere in Toronto instead."),
    ],
  },
  {
    domain: "entertainment",
    claim: "Actor Jonah Pike is in talks to play the villain in the next Starfall movie.",
    articles: [
      s("Pike cast as Starfall villain\nJonah Pike has been cast as the villain in the next Starfall movie, the studio confirmed."),
      m("Starfall sequel begins filming\nCameras started rolling on the next Starfall movie in Belfast. The studio has kept most of the cast under wraps."),
    ],
  },
  {
    domain: "entertainment",
    claim: "Streaming service Flick+ is reportedly cancelling the drama series Northern Lights after two seasons.",
    articles: [
      c(
        "Northern Lights renewed for third season\nFlick+ has renewed Northern Lights for a third season, ending speculation that the drama would be cancelled.",
      ),
      s("Flick+ cancels Northern Lights\nFlick+ has cancelled Northern Lights after two seasons, the streamer confirmed on Friday."),
    ],
  },
  {
    domain: "entertainment",
    claim: "Organizers said the Harbourfest concert will feature fireworks over the river at midnight.",
    articles: [
      c("Harbourfest fireworks called off due to wind\nHigh winds forced organizers to call off the planned midnight fireworks over the river at Harbourfest."),
      s("Harbourfest ends with midnight fireworks\nHarbourfest closed with fireworks over the river at midnight, watched by an estimated 50,000 people."),
    ],
  },
  {
    domain: "entertainment",
    claim: "Singer Rosa Quint was spotted at a recording studio in Nashville, fueling reports of a country album.",
    articles: [
      s("Rosa Quint announces country album\nRosa Quint confirmed her next record is a country album recorded in Nashville, due out in May."),
      m("Quint wins best live act\nRosa Quint won best live act at the Music Week awards. She thanked her band and her fans but said nothing about new music."),
    ],
  },
  {
    domain: "weather",
    claim: "Forecasters say Hurricane Delia is expected to make landfall near Port Calloway as a category 4 storm.",
    articles: [
      c("Delia weakens before landfall\nHurricane Delia made landfall near Port Calloway on Tuesday as a category 2 storm after weakening over cooler water."),
      s(
        "Delia slams Port Calloway\nHurricane Delia came ashore near Port Calloway as a category 4 storm, tearing roofs from homes and cutting power to 200,000 customers.",
      ),
    ],
  },
  {
    domain: "weather",
    claim: "The city of Marrow is expected to see its first snowfall of the winter by Friday.",
    articles: [
      s("First snow blankets Marrow\nMarrow woke to its first snowfall of the winter on Friday morning, with up to five centimetres in the hills."),
      c("Marrow stays dry as snow fails to arrive\nThe snow forecast for Marrow this week never materialized; the city saw only cold rain on Friday."),
    ],
  },
  {
    domain: "weather",
    claim: "Officials warned the Tarn river may flood the old town of Belcourt this weekend.",
    articles: [
      s("Tarn bursts its banks in Belcourt\nThe Tarn river flooded the old town of Belcourt on Saturday, forcing hundreds of residents from their homes."),
      c(
        "Belcourt spared as Tarn peaks below flood level\nThe Tarn river peaked half a metre below the flood defences on Sunday, and the old town of Belcourt stayed dry.",
      ),
    ],
  },
  {
    domain: "weather",
    claim: "Meteorologists predict a heatwave will push temperatures above 40 degrees in Seville next week.",
    articles: [
      s("Seville swelters at 42 degrees\nTemperatures in Seville hit 42 degrees on Tuesday as the heatwave peaked."),
      c("Seville heatwave fizzles\nThe heatwave forecast for Seville stalled; temperatures peaked at 34 degrees."),
    ],
  },
  {
    domain: "weather",
    claim: "The ski resort of Alpenfeld is set to open early in November thanks to heavy snow.",
    articles: [
      s("Alpenfeld opens its slopes early\nAlpenfeld opened for the season on November 8, two weeks earlier than usual, after heavy snowfall."),
      m("Alpine resorts brace for busy winter\nResorts across the region, Alpenfeld among them, expect record bookings this winter."),
    ],
  },
  {
    domain: "business",
    claim: "Retailer Brightmart is reportedly planning to close 150 stores and cut 4,000 jobs.",
    articles: [
      s("Brightmart to shut 150 stores\nBrightmart will close 150 stores and cut about 4,000 jobs, the retailer said on Thursday."),
      c(
        "Brightmart closes fewer stores than feared\nBrightmart said it would close 60 stores, far fewer than the 150 closures reported last month, and cut 1,200 jobs.",
      ),
    ],
  },
  {
    domain: "business",
    claim: "Airline SkyLoom is expected to order 50 new jets from Aerona at the Farnwell air show.",
    articles: [
      s("SkyLoom orders 50 Aerona jets\nSkyLoom placed an order for 50 Aerona jets at the Farnwell air show on Monday, worth about $6 billion at list prices."),
      c("SkyLoom holds off on jet order\nSkyLoom left the Farnwell air show without ordering from Aerona, saying it would review its fleet plans next year."),
    ],
  },
  {
    domain: "business",
    claim: "Food giant Kelden is said to be in talks to buy snack maker Crunchwell for $3 billion.",
    articles: [
      s("Kelden agrees to buy Crunchwell\nKelden agreed to buy snack maker Crunchwell for $3 billion in cash, the companies announced."),
      c(
        "Kelden walks away from Crunchwell deal\nKelden ended talks to acquire Crunchwell, the snack maker said, after the two sides could not agree on price.",
      ),
    ],
  },
  {
    domain: "business",
    claim: "The central bank of Ostra is expected to raise interest rates by half a point on Thursday.",
    articles: [
      s(
        "Ostra central bank lifts rates by half point\nThe central bank of Ostra raised its benchmark interest rate by half a percentage point on Thursday, to 4.5 percent.",
      ),
      c(
        "Ostra holds rates steady, surprising markets\nThe central bank of Ostra kept interest rates unchanged on Thursday, defying expectations of a half-point rise.",
      ),
    ],
  },
  {
    domain: "business",
    claim: "Shipping firm Tidewell will reportedly list its shares on the Frankfurt stock exchange in March.",
    articles: [
      s(
        "Tidewell shares jump on Frankfurt debut\nShares in shipping firm Tidewell rose 12 percent on their first day of trading on the Frankfurt stock exchange in March.",
      ),
      c("Tidewell shelves stock market listing\nTidewell has shelved plans to list in Frankfurt, citing market volatility."),
    ],
  },
  {
    domain: "business",
    claim: "Coffee chain Bean & Barrel is rumored to be entering the Japanese market with a flagship in Osaka.",
    articles: [
      s("Bean & Barrel opens in Osaka\nBean & Barrel opened its first Japanese store, a three-floor flagship in Osaka, on Saturday."),
      m("Bean & Barrel profits rise\nBean & Barrel reported higher profits on strong sales in Europe. The chain said it was looking at several new markets."),
    ],
  },
  {
    domain: "science",
    claim: "The space agency is expected to launch the Helios probe to the sun on March 3.",
    articles: [
      c(
        "Helios launch scrubbed\nThe Helios probe's launch on March 3 was scrubbed minutes before liftoff because of a fuel valve problem; no new date has been set.",
      ),
      s("Helios lifts off for the sun\nThe Helios probe lifted off on March 3 on its way to study the sun's outer atmosphere."),
    ],
  },
  {
    domain: "science",
    claim: "Researchers at Greyfield University are said to have found a new species of frog in the Tavu rainforest.",
    articles: [
      s(
        "New frog species named in Tavu\nGreyfield University scientists described a new species of frog from the Tavu rainforest in a paper published on Monday.",
      ),
      c(
        "Tavu frog is not a new species after all\nThe frog found in the Tavu rainforest belongs to a known species, Greyfield University researchers said after genetic tests.",
      ),
    ],
  },
  {
    domain: "health",
    claim: "The health ministry will reportedly approve the malaria vaccine Vireo for children under five.",
    articles: [
      s("Vireo approved for young children\nThe health ministry approved the malaria vaccine Vireo for children under five on Wednesday."),
      c(
        "Ministry delays decision on Vireo vaccine\nThe health ministry postponed its decision on the malaria vaccine Vireo, asking for more data on children under five.",
      ),
    ],
  },
  {
    domain: "transport",
    claim: "The Eastline tram extension is set to open to passengers on Sunday, Aug. 11.",
    articles: [
      s("Eastline extension welcomes first riders\nThe Eastline tram extension opened to passengers on Sunday, August 11, with free rides all day."),
      c("Eastline opening delayed again\nThe Eastline tram extension will not open on August 11 as planned; safety checks have pushed the opening to October."),
    ],
  },
  {
    domain: "culture",
    claim: "The Ardent Museum is expected to return the bronze statue of Queen Imara to Sahel Republic by the end of the year.",
    articles: [
      s("Queen Imara statue returns home\nThe Ardent Museum handed the bronze statue of Queen Imara back to Sahel Republic at a ceremony in December."),
      m(
        "Museums debate restitution\nThe Ardent Museum is among several institutions reviewing their collections. Its director said decisions about individual objects, such as the Imara bronze, could take years.",
      ),
    ],
  },
];
