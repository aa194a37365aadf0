package org.gwrkg.bench;

import java.util.List;
import org.gwrkg.read.Region;

/**
 * How a report names its region: the forms of the place its header may use (with the units above,
 * or alone), each of which the reader resolves back to the region's code, and the words the text
 * uses for it.
 *
 * @param region the region
 * @param places the forms for the header, longest first: 浙江省丽水市松阳县, 丽水市松阳县, 松阳县
 * @param unit   the word for the region in 全县, 县人民医院: 县, 区, 市, 旗, 州, 地区, 盟, 省
 * @param upper  the word for the unit above, as in 全市第一 (国 for a province)
 * @param stem   the name without its level word, as reports write it (松阳), or the name when that
 *               would leave one character or an ethnic group's name
 * @param leader the title of the one who gives the report: 县长, 区长, 市长, 州长, 专员, 盟长, 旗长, 省长, 主席
 * @param province the short name of its province (浙江, 广西), as in 浙江某某科技有限公司
 */
record RegionStyle(Region region, List<String> places, String unit, String upper, String stem, String leader,
                   String province) {

    RegionStyle {
        places = List.copyOf(places);
    }
}
