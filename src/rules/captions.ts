/**
 * Caption credits: photo agencies and the markers that introduce a credit. A caption line that
 * ends with one of these is a caption whose credit goes to `images[].credit`.
 */
export const CAPTION_AGENCIES: string[] = [
  // wire services and photo agencies, as they are written in credits
  'Associated Press', 'AP', 'AP Photo', 'Reuters', 'Agence France-Presse', 'Agence France-Press', 'AFP', 'Getty Images', 'Getty',
  'EPA', 'EPA-EFE', 'EFE', 'dpa', 'picture alliance', 'picture-alliance', 'ANSA', 'Xinhua', 'Kyodo', 'Yonhap', 'TASS', 'Sputnik',
  'Shutterstock', 'iStock', 'iStockphoto', 'Alamy', 'Bloomberg', 'Bloomberg via Getty Images', 'SIPA', 'Sipa USA', 'Abaca', 'ABACAPRESS',
  'NurPhoto', 'Anadolu', 'Anadolu Agency', 'ZUMA', 'ZUMA Press', 'ZUMA Wire', 'Rex Features', 'Shutterstock/Rex', 'PA', 'PA Images', 'PA Wire',
  'Press Association', 'Keystone', 'Imago', 'IMAGO', 'Europa Press', 'NASA', 'Wikimedia Commons', 'Unsplash', 'Pexels', 'Flickr',
  'Corbis', 'Magnum Photos', 'Redux', 'The New York Times', 'The Washington Post', 'Handout', 'handout', 'courtesy', 'Courtesy',
  'ТАСС', 'РИА Новости', 'PAP', 'NTB', 'TT', 'Ritzau', 'Scanpix', 'APA', 'Lehtikuva', '共同通信', '時事通信', '新华社', '연합뉴스', '뉴스1',
];

/** Words that start or sit inside a credit ("Photo: …", "… via Getty Images", "(AP Photo/…)"). */
export const CAPTION_MARKERS: string[] = [
  'photo', 'photos', 'photograph', 'photographer', 'picture', 'image', 'images', 'illustration', 'credit', 'credits', 'courtesy',
  'via', 'handout', 'file photo', 'foto', 'fotos', 'bild', 'quelle', 'crédit', 'crédits', 'fuente', 'imagen',
  // Polish, Russian, Scandinavian and East Asian credit words ("Fot. Name", "Фото: ТАСС", "（写真：共同通信）", "사진=Name").
  'fot', 'zdjęcie', 'фото', 'bilde', 'bildet', '写真', '出典', '撮影', '提供', '图', '图片', '摄影', '사진', '자료사진',
];
